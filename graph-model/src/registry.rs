//! The types compiled into this program, registered by `#[graph_entity]`, so that a type name received
//! in `@odata.type` can be placed in the hierarchy even when the receiving Rust type is a base type.
//!
//! Names are indexed once, on first use, so a lookup costs the same with 100 types or 4,000. Two Rust
//! types may register one OData name (two crates modelling the same Graph type). Then no registration
//! wins by link order: [`lookup`] gives `None` for the name, a received type name is refused only if
//! every registration of it is outside the expected hierarchy, and a family picks a variant only if
//! every registration leads to the same one. [`conflicts`] lists such names.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::meta::TypeInfo;

/// One registered type (generated code submits these; users have no reason to).
#[doc(hidden)]
pub struct Registered(pub &'static TypeInfo);

inventory::collect!(Registered);

pub(crate) fn all() -> impl Iterator<Item = &'static TypeInfo> {
    inventory::iter::<Registered>.into_iter().map(|r| r.0)
}

/// Every registered type under its name in ASCII lower case.
fn index() -> &'static HashMap<String, Vec<&'static TypeInfo>> {
    static INDEX: OnceLock<HashMap<String, Vec<&'static TypeInfo>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: HashMap<String, Vec<&'static TypeInfo>> = HashMap::new();
        for info in all() {
            let entry = index.entry(info.name.to_ascii_lowercase()).or_default();
            if !entry.iter().any(|known| std::ptr::eq(*known, info)) {
                entry.push(info);
            }
        }
        index
    })
}

/// Every type registered under `name` (without `#`): those whose name matches exactly, else those
/// matching in another letter case.
/// Borrowed from the index unless the name is registered in several letter cases (then filtered).
pub(crate) fn candidates(name: &str) -> Cow<'static, [&'static TypeInfo]> {
    let Some(all) = index().get(&name.to_ascii_lowercase()) else { return Cow::Borrowed(&[]) };
    let exact = all.iter().filter(|info| info.name == name).count();
    if exact == 0 || exact == all.len() {
        return Cow::Borrowed(all.as_slice());
    }
    Cow::Owned(all.iter().copied().filter(|info| info.name == name).collect())
}

/// The type named `name` (without `#`): the one whose name matches exactly, else the one matching in
/// another letter case; `None` if there is none, or more than one.
pub(crate) fn lookup(name: &str) -> Option<&'static TypeInfo> {
    let candidates = index().get(&name.to_ascii_lowercase())?;
    let mut exact = candidates.iter().filter(|info| info.name == name);
    match (exact.next(), exact.next()) {
        (Some(info), None) => Some(info),
        (Some(_), Some(_)) => None,
        (None, _) => match candidates.as_slice() {
            [only] => Some(only),
            _ => None,
        },
    }
}

/// Names registered by more than one Rust type.
pub(crate) fn conflicts() -> impl Iterator<Item = &'static [&'static TypeInfo]> {
    index().values().filter(|types| types.len() > 1).map(Vec::as_slice)
}

/// The registry, seen from a type's metadata.
impl TypeInfo {
    /// Every type compiled into this program: the model's and the program's own `#[graph_entity]` types.
    ///
    /// ```
    /// let enums = graph_model::TypeInfo::all().filter(|t| t.kind == graph_model::TypeKind::Enum);
    /// assert!(enums.map(|t| t.name).any(|name| name == "microsoft.graph.restoreSessionStatus"));
    /// ```
    pub fn all() -> impl Iterator<Item = &'static TypeInfo> {
        all()
    }

    /// Finds a type compiled into this program by its name, with or without `#`, ignoring letter case
    /// (an exact match wins). A name that two different Rust types register is ambiguous and gives
    /// `None`, as an unknown name does; [`TypeInfo::conflicts`] lists those.
    ///
    /// ```
    /// #[graph_model::graph_entity(odata_type = "contoso.widget")]
    /// pub struct Widget { pub id: Option<String> }
    ///
    /// let info = graph_model::TypeInfo::lookup("#Contoso.Widget").unwrap();
    /// assert_eq!((info.name, info.rust_name), ("contoso.widget", "Widget"));
    /// assert!(graph_model::TypeInfo::lookup("contoso.gadget").is_none());
    /// ```
    pub fn lookup(name: &str) -> Option<&'static TypeInfo> {
        lookup(name.strip_prefix('#').unwrap_or(name))
    }

    /// The OData names that more than one Rust type in this program registers, with those types. Such
    /// names are ambiguous: [`TypeInfo::lookup`] gives `None` for them.
    pub fn conflicts() -> impl Iterator<Item = &'static [&'static TypeInfo]> {
        conflicts()
    }
}
