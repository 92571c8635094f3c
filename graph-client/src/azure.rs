//! Tokens from Azure identity credentials (feature `azure_identity`).

use std::sync::Arc;

use azure_core::credentials::TokenCredential;

use crate::{BoxFuture, TokenProvider, TransportError};

/// The scope of an application's Microsoft Graph permissions.
pub const GRAPH_DEFAULT_SCOPE: &str = "https://graph.microsoft.com/.default";

/// A [`TokenProvider`] over any `azure_core` [`TokenCredential`]: the credentials of the
/// `azure_identity` crate (`ClientSecretCredential`, `ManagedIdentityCredential`,
/// `DeveloperToolsCredential`, ...). The credential caches and refreshes its tokens; each request asks
/// it for one.
///
/// ```no_run
/// # fn run(credential: std::sync::Arc<dyn azure_core::credentials::TokenCredential>) -> Result<(), graph_client::Error> {
/// use graph_client::{AzureCredential, Client};
///
/// // `credential` from azure_identity, e.g. `ClientSecretCredential::new(tenant, client_id, secret, None)?`.
/// let client = Client::builder("https://graph.microsoft.com", AzureCredential::new(credential)).build()?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct AzureCredential {
    credential: Arc<dyn TokenCredential>,
    scope: String,
}

impl AzureCredential {
    /// Tokens for Microsoft Graph's global service ([`GRAPH_DEFAULT_SCOPE`]).
    pub fn new(credential: Arc<dyn TokenCredential>) -> Self {
        AzureCredential { credential, scope: GRAPH_DEFAULT_SCOPE.to_owned() }
    }

    /// Tokens for another scope (a national cloud's Graph: `https://graph.microsoft.us/.default`).
    #[must_use]
    pub fn with_scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = scope.into();
        self
    }

    /// The scope tokens are asked for.
    pub fn scope(&self) -> &str {
        &self.scope
    }
}

impl TokenProvider for AzureCredential {
    fn token(&self) -> BoxFuture<'_, Result<String, TransportError>> {
        Box::pin(async move {
            let token = self
                .credential
                .get_token(&[self.scope.as_str()], None)
                .await
                .map_err(|e| TransportError(Box::new(e)))?;
            Ok(token.token.secret().to_owned())
        })
    }
}
