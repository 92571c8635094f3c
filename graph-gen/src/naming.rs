//! CSDL names to Rust names.

/// `restorePoint` -> `RestorePoint`.
pub fn upper(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `RestorePoint` -> `restorePoint`: the wire name `#[graph_entity]` derives from a variant name.
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `protectionDateTime` -> `protection_date_time`; `restorePointID` -> `restore_point_id`.
pub fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase()
            && i > 0
            && (!chars[i - 1].is_uppercase() || chars.get(i + 1).is_some_and(|n| n.is_lowercase()))
            && chars[i - 1] != '_'
        {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// `protection_date_time` -> `protectionDateTime`: what `#[graph_entity]` derives from a field name.
pub fn camel_of_snake(s: &str) -> String {
    let s = s.strip_prefix("r#").unwrap_or(s);
    let mut out = String::with_capacity(s.len());
    let mut upper_next = false;
    for (i, c) in s.trim_start_matches('_').chars().enumerate() {
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

/// Rust's keywords (strict, reserved and edition 2024's), which need `r#` as identifiers.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false", "fn", "for", "gen",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static", "struct",
    "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// A field identifier for a snake_case name: `r#type` for a keyword, `self_` for those `r#` cannot take.
pub fn field_ident(snake: &str) -> String {
    let snake: String = snake.chars().map(|c| if c.is_alphanumeric() || c == '_' { c } else { '_' }).collect();
    let snake = snake.as_str();
    if snake.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("_{snake}");
    }
    if NOT_RAW.contains(&snake) {
        format!("{snake}_")
    } else if KEYWORDS.contains(&snake) {
        format!("r#{snake}")
    } else {
        snake.to_owned()
    }
}

/// A type or variant identifier for an UpperCamelCase name (`Self` is the only keyword in that case).
pub fn type_ident(upper: &str) -> String {
    let upper: String = upper.chars().map(|c| if c.is_alphanumeric() || c == '_' { c } else { '_' }).collect();
    let upper = upper.as_str();
    if NOT_RAW.contains(&upper) {
        format!("{upper}_")
    } else if upper.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{upper}")
    } else {
        upper.to_owned()
    }
}

/// `microsoft.graph.partners.billing` -> `partners::billing` under `microsoft.graph`; segments in snake case.
pub fn module_path(namespace: &str) -> Vec<String> {
    namespace
        .strip_prefix("microsoft.graph")
        .unwrap_or(namespace)
        .split('.')
        .filter(|s| !s.is_empty())
        .map(snake)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(upper("restorePoint"), "RestorePoint");
        assert_eq!(snake("protectionDateTime"), "protection_date_time");
        assert_eq!(snake("restorePointID"), "restore_point_id");
        assert_eq!(snake("oAuth2PermissionGrant"), "o_auth2_permission_grant");
        assert_eq!(camel_of_snake("r#type"), "type");
        assert_eq!(field_ident("type"), "r#type");
        assert_eq!(field_ident("self"), "self_");
        assert_eq!(field_ident("request-id"), "request_id");
        assert_eq!(module_path("microsoft.graph.partners.billing"), ["partners", "billing"]);
        assert_eq!(module_path("microsoft.graph.callRecords"), ["call_records"]);
        assert!(module_path("microsoft.graph").is_empty());
    }
}
