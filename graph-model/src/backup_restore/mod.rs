//! The Microsoft 365 Backup Storage model (`/solutions/backupRestore`, Graph beta), built with
//! [`#[graph_entity]`](crate::graph_entity).
//!
//! Every entity, complex and enum type of the backup area of the beta CSDL is here, under its CSDL name
//! in UpperCamelCase (`OneDriveForBusinessRestoreSession`, `RestoreSessionStatus`). The files follow
//! the areas of the API: [`sessions`](self#restore-sessions) for restore sessions and artifacts,
//! restore points, protection (policies, units, rules, exclusions), activity logs, browse sessions,
//! the service root, shared complex types, and enums.
//!
//! # How the schema maps to Rust
//! - A nullable property is [`Nullable<T>`](crate::Nullable) (absent, `null`, or a value); a non-nullable
//!   one is `Option<T>` (absent or a value: `null` is an error). Collections are `Vec<T>` inside either.
//! - A derived type holds its base type in a `#[graph(base)]` field and `Deref`s to it: the base's
//!   properties are flat on the wire and reachable as if declared on the derived type.
//! - A type with derived types also has a family enum `AnyX` (`AnyRestoreSession`, `AnyRestoreArtifact`,
//!   ...) dispatched on `@odata.type`; types this program does not know land in its `Other` variant with
//!   everything they carried. Abstract types are meant to be read through their family.
//! - Navigation properties: collections are `Option<Vec<T>>` (present only when expanded), single ones
//!   `Nullable<Box<T>>`. The artifact collections of the three restore sessions and the unit
//!   collections of the three protection policies also have their `@delta` form
//!   (`driveRestoreArtifacts@delta`).
//! - Values that would make every holder large are boxed: single navigation values, and single complex
//!   values whose type nests another complex value (`error: Nullable<Box<PublicError>>`,
//!   `createdBy: Nullable<Box<IdentitySet>>`). Values are moved while parsing, so a small entity
//!   parses faster; a `null` or absent boxed value allocates nothing.
//! - **Read-only** properties are those the service computes: `id`, `createdBy`, `createdDateTime`,
//!   `lastModifiedBy`, `lastModifiedDateTime`, the `status` of restore sessions and artifacts, counts
//!   (`...Count`, `restoreSessionArtifactCount`, `protectionPolicyArtifactCount`), and `error`. They are
//!   read like any property but have no field in the `...Update` PATCH types. Graph's reference examples agree where they
//!   are explicit: the Exchange restore session page lists only `mailboxRestoreArtifacts` as updatable.
//!   (The generated reference pages for the other sessions show `status`, `createdBy` and `error` in a
//!   PATCH example; the `...Update` types do not send them. The entity types are the full
//!   representation and can write them, which the tests use to reproduce those examples.)
//!
//! # Gaps in the schema extract
//! Types the extract names but does not define are documented, not invented: `offboardingActivityLog`,
//! `offboardingDetails`, `sharePointBrowseSession`, `backupCountStatistics` and `backupPolicyReport` are
//! absent; properties typed with the enums `mailboxType`, `granularRestoreItems` and
//! `exclusionUnitBulkJobStatus` (members not retrieved) hold the wire string; navigation properties to
//! types outside the backup area (`solutionsRoot`'s other children, `sharePointBrowseSessions`) are not
//! modelled.
//!
//! The types are written by `tools/gen_backup_restore.py` from the schema extract, and
//! `tests/csdl_conformance.rs` checks them against the CSDL XML through their metadata constants.

mod activity;
mod browse;
mod common;
mod delta_ext;
mod enums;
mod errors;
mod points;
mod protection;
mod requests;
mod service;
mod sessions;

pub use activity::*;
pub use browse::*;
pub use common::*;
pub use delta_ext::*;
pub use enums::*;
pub use errors::*;
pub use points::*;
pub use protection::*;
pub use requests::*;
pub use service::*;
pub use sessions::*;
