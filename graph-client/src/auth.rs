//! Where bearer tokens come from.

use crate::transport::{BoxFuture, TransportError};

/// Supplies bearer tokens.
pub trait TokenProvider: Send + Sync {
    /// A token valid for Graph now.
    fn token(&self) -> BoxFuture<'_, Result<String, TransportError>>;
}

/// One fixed token.
#[derive(Clone)]
pub struct StaticToken(String);

impl StaticToken {
    /// Uses `token` for every request.
    pub fn new(token: impl Into<String>) -> Self {
        StaticToken(token.into())
    }
}

impl std::fmt::Debug for StaticToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StaticToken(..)")
    }
}

impl TokenProvider for StaticToken {
    fn token(&self) -> BoxFuture<'_, Result<String, TransportError>> {
        Box::pin(async move { Ok(self.0.clone()) })
    }
}
