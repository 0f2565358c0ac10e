//! Projects: every record belongs to one, and a caller sees only the projects its token is
//! bound to.
//!
//! The server's auth layer decides a request's [`ProjectAccess`] (from the token's bound
//! projects and an optional `x-glassbox-project` header) and attaches it to the request.
//! Ingest stamps the write project on every record it accepts, as the resource attribute
//! [`PROJECT_ATTR`] (overwriting whatever a client sent: a client never picks its own
//! project by writing an attribute); stores keep it in a column and every read is filtered
//! by the caller's [`ProjectScope`].

use std::sync::Arc;

use crate::model::{AttrValue, Attributes};

/// The resource attribute (spans, logs) or property (events) that holds a record's project.
pub const PROJECT_ATTR: &str = "glassbox.project";

/// The project of records sent without one.
pub const DEFAULT_PROJECT: &str = "default";

/// The request header that picks one of the token's projects.
pub const PROJECT_HEADER: &str = "x-glassbox-project";

/// Which projects a caller may read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ProjectScope {
    /// Every project: auth is off, or the token is bound to none.
    #[default]
    All,
    /// Only these (never empty).
    Only(Arc<[String]>),
}

impl ProjectScope {
    /// One project.
    pub fn one(project: &str) -> Self {
        ProjectScope::Only(Arc::from(vec![project.to_string()]))
    }

    /// True when records of `project` may be read.
    pub fn allows(&self, project: &str) -> bool {
        match self {
            ProjectScope::All => true,
            ProjectScope::Only(list) => list.iter().any(|p| p == project),
        }
    }

    /// The projects a query must be limited to; `None` for every project.
    pub fn list(&self) -> Option<&[String]> {
        match self {
            ProjectScope::All => None,
            ProjectScope::Only(list) => Some(list),
        }
    }
}

/// What one request may touch: the project its records are written to, and the projects
/// it may read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectAccess {
    /// Where records this request sends are stored.
    pub write: Arc<str>,
    /// What this request may read.
    pub read: ProjectScope,
}

impl Default for ProjectAccess {
    fn default() -> Self {
        ProjectAccess {
            write: Arc::from(DEFAULT_PROJECT),
            read: ProjectScope::All,
        }
    }
}

/// Checks a project name: 1 to 64 of `a-z`, `0-9`, `-`, `_`, starting with a letter or
/// digit. The error says what was expected.
pub fn validate_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "project name {name:?} is not valid: use 1 to 64 of a-z, 0-9, '-' and '_', starting with a letter or digit"
        ))
    }
}

/// The project recorded in `attrs` ([`PROJECT_ATTR`]), or [`DEFAULT_PROJECT`].
pub fn of(attrs: &Attributes) -> &str {
    match attrs.get(PROJECT_ATTR) {
        Some(AttrValue::Str(p)) if !p.is_empty() => p,
        _ => DEFAULT_PROJECT,
    }
}

/// Records `project` in `attrs`, replacing any value a client sent. The default project
/// is recorded by the attribute's absence (no allocation on the common path).
pub fn stamp(attrs: &mut Attributes, project: &str) {
    if project == DEFAULT_PROJECT {
        attrs.remove(PROJECT_ATTR);
        return;
    }
    match attrs.get_mut(PROJECT_ATTR) {
        Some(AttrValue::Str(p)) if p == project => {}
        _ => {
            attrs.insert(
                PROJECT_ATTR.to_string(),
                AttrValue::Str(project.to_string()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn names_are_checked() {
        assert!(validate_name("shop").is_ok());
        assert!(validate_name("team-a_2").is_ok());
        for bad in ["", "Shop", "-x", "a b", "a/b", &"x".repeat(65)] {
            let e = validate_name(bad).unwrap_err();
            assert!(e.contains("a-z"), "{e}");
        }
    }

    #[test]
    fn a_stamp_replaces_what_a_client_sent() {
        let mut a = Attributes::new();
        assert_eq!(of(&a), DEFAULT_PROJECT);
        a.insert(PROJECT_ATTR.into(), AttrValue::Str("other".into()));
        stamp(&mut a, "shop");
        assert_eq!(of(&a), "shop");
        a.insert(PROJECT_ATTR.into(), AttrValue::Int(3));
        assert_eq!(of(&a), DEFAULT_PROJECT);
        stamp(&mut a, "shop");
        assert_eq!(of(&a), "shop");
        // The default project is the attribute's absence, whatever a client sent.
        stamp(&mut a, DEFAULT_PROJECT);
        assert_eq!(of(&a), DEFAULT_PROJECT);
        assert!(a.is_empty());
    }

    #[test]
    fn scopes() {
        assert!(ProjectScope::All.allows("x"));
        assert_eq!(ProjectScope::All.list(), None);
        let s = ProjectScope::one("a");
        assert!(s.allows("a") && !s.allows("b"));
        assert_eq!(s.list(), Some(&["a".to_string()][..]));
    }
}
