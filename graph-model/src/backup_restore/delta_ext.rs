//! Builders for the restore sessions' `@delta` PATCH bodies: add a restore point with a destination,
//! remove an artifact by id, split into batches the service accepts.

use crate::{Delta, Nullable};

use super::{
    DestinationType, DriveRestoreArtifact, Entity, MailboxRestoreArtifact, RestoreArtifactBase, RestorePoint,
    SiteRestoreArtifact,
};

/// The most artifacts one restore-session PATCH may carry (`RestoreArtifactsLimitBreached` above it);
/// use [`Delta::into_batches`] to split a larger delta.
pub const MAX_ARTIFACTS_PER_REQUEST: usize = 50;

impl RestorePoint {
    /// A reference to a restore point by id: `{"id": "..."}`.
    ///
    /// ```
    /// use graph_model::backup_restore::RestorePoint;
    /// assert_eq!(graph_model::to_string(&RestorePoint::reference("rp1"))?, r#"{"id":"rp1"}"#);
    /// assert_eq!(graph_model::to_string(&RestorePoint::odata_id_reference("rp1"))?, r#"{"@odata.id":"rp1"}"#);
    /// # Ok::<(), graph_model::Error>(())
    /// ```
    pub fn reference(id: impl Into<String>) -> Self {
        let mut point =
            RestorePoint { entity: Entity { id: Some(id.into()), ..Entity::default() }, ..Default::default() };
        point.odata.omit_type();
        point
    }

    /// A reference to a restore point by `@odata.id`: `{"@odata.id": "..."}`.
    pub fn odata_id_reference(id: impl AsRef<str>) -> Self {
        let mut point = RestorePoint::default();
        point.odata.omit_type();
        // A string always serializes; the fallback keeps the function total.
        if point.odata.additional.insert_value("@odata.id", id.as_ref()).is_err() {
            point.entity.id = Some(id.as_ref().to_owned());
        }
        point
    }

    /// The id this reference names, from `id` or `@odata.id`.
    pub fn reference_id(&self) -> Option<String> {
        if let Some(id) = &self.entity.id {
            return Some(id.clone());
        }
        let raw = self.odata.additional.get("@odata.id")?;
        serde_json::from_str(raw.get()).ok()
    }
}

fn new_artifact(point: RestorePoint, destination: DestinationType) -> RestoreArtifactBase {
    let mut base = RestoreArtifactBase {
        restore_point: Nullable::Value(Box::new(point)),
        destination_type: Nullable::Value(destination),
        ..Default::default()
    };
    base.odata.omit_type();
    base
}

macro_rules! artifact_delta {
    ($artifact:ident, $what:literal) => {
        impl Delta<$artifact> {
            #[doc = concat!("Adds a ", $what, " restore artifact for a restore point, restored to `destination`.")]
            #[must_use]
            pub fn add_restore_point(self, point: RestorePoint, destination: DestinationType) -> Self {
                let artifact = $artifact { base: new_artifact(point, destination), ..Default::default() };
                self.add_entity(artifact)
            }
        }
    };
}

artifact_delta!(DriveRestoreArtifact, "drive");
artifact_delta!(SiteRestoreArtifact, "site");
artifact_delta!(MailboxRestoreArtifact, "mailbox");
