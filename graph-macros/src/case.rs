//! Rust names to Graph wire names: `created_date_time` -> `createdDateTime`, `CompletedWithError` ->
//! `completedWithError`.

/// snake_case field name to lowerCamelCase.
pub fn field_to_camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper_next = false;
    for (i, c) in name.trim_start_matches('_').chars().enumerate() {
        if c == '_' {
            upper_next = i > 0;
        } else if upper_next {
            out.extend(c.to_uppercase());
            upper_next = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// UpperCamelCase variant name to lowerCamelCase.
pub fn variant_to_camel(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether `s` can be a member or property name on the wire: an OData SimpleIdentifier.
pub fn is_simple_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
        && s.chars().count() <= 128
}

/// Whether `s` can be given as a property's wire name: any non-empty JSON key without `@` (which starts an
/// annotation) or control characters. Graph's own names are identifiers, but the bodies it returns also
/// hold keys such as `request-id` and `client-request-id`.
pub fn is_property_name(s: &str) -> bool {
    !s.is_empty() && !s.contains('@') && !s.chars().any(char::is_control)
}

/// Whether `s` is a qualified OData type name such as `microsoft.graph.restorePoint`.
pub fn is_qualified_name(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() >= 2 && parts.iter().all(|p| is_simple_identifier(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case() {
        assert_eq!(field_to_camel("created_date_time"), "createdDateTime");
        assert_eq!(field_to_camel("id"), "id");
        assert_eq!(field_to_camel("is_auto_apply_enabled"), "isAutoApplyEnabled");
        assert_eq!(variant_to_camel("CompletedWithError"), "completedWithError");
        assert_eq!(variant_to_camel("UnknownFutureValue"), "unknownFutureValue");
    }

    #[test]
    fn names() {
        assert!(is_qualified_name("microsoft.graph.restorePoint"));
        assert!(!is_qualified_name("restorePoint"));
        assert!(!is_qualified_name("#microsoft.graph.restorePoint"));
        assert!(!is_qualified_name("microsoft..graph"));
        assert!(is_simple_identifier("inPlace"));
        assert!(!is_simple_identifier("in place"));
    }
}
