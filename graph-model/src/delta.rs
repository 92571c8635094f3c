//! OData delta collections: the value of `prop@delta` in PATCH bodies and in their responses.
//!
//! An entry is an entity to add (no `id`) or update (with `id`), a removal (`@removed`), or, in a
//! response, a per-item failure (`@Core.DataModificationException`). Entries are read straight into the
//! entity type; only entries whose annotations say they are removals or failures are looked at again.
//! Nothing on an entry is dropped: keys the entity does not declare stay in its
//! [`ODataMeta::additional`](crate::ODataMeta).

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use crate::de::{GraphValue, KeptTextSeed, replay_owned};
use crate::graph_entity;
use crate::meta::ODataTypeTag;
use crate::nullable::Nullable;

/// The `@removed` spellings, the first being the one written by default.
const REMOVED_KEYS: [&str; 2] = ["@removed", "@odata.removed"];
/// The per-item failure annotation spellings.
const EXCEPTION_KEYS: [&str; 2] = ["@Core.DataModificationException", "@Org.OData.Core.V1.DataModificationException"];
/// The content-id annotation spellings.
const CONTENT_ID_KEYS: [&str; 2] = ["@contentId", "@Core.ContentID"];

/// A delta collection: changes to a navigation collection, sent and received as `prop@delta`.
///
/// ```
/// use graph_model::{graph_entity, Delta, DeltaEntry};
///
/// #[graph_entity(odata_type = "microsoft.graph.entity")]
/// pub struct Entity { pub id: Option<String> }
///
/// #[graph_entity(odata_type = "microsoft.graph.driveRestoreArtifact")]
/// pub struct Artifact {
///     #[graph(base)]
///     pub entity: Entity,
///     pub destination_type: Option<String>,
/// }
///
/// let mut added = Artifact::default();
/// added.destination_type = Some("new".into());
/// added.odata.omit_type();
/// let delta = Delta::new().add_entity(added).remove("99954f18");
/// assert_eq!(
///     graph_model::to_string(&delta)?,
///     r#"[{"destinationType":"new"},{"@removed":{"reason":"changed"},"id":"99954f18"}]"#,
/// );
/// # Ok::<(), graph_model::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Delta<T> {
    entries: Vec<DeltaEntry<T>>,
}

impl<T> Default for Delta<T> {
    fn default() -> Self {
        Delta { entries: Vec::new() }
    }
}

/// One entry of a [`Delta`].
///
/// Whether an entity entry is `Added` or `Updated` follows from its `id` when it is read, so an `Added`
/// entry whose entity has an id is refused when written (it would read back as `Updated`):
/// [`Delta::add_entity`] picks the kind.
#[derive(Debug, Clone, PartialEq)]
pub enum DeltaEntry<T> {
    /// An entity without `id`: to be created (in a request), or echoed (in a response).
    Added(T),
    /// An entity with `id`: a change to it in a request, or in a response the entity as it now is.
    Updated(T),
    /// An entity to remove (`@removed`). Boxed, so that an entry takes little more room than its entity:
    /// a removal names its entity by id alone.
    Removed(Box<Removed<T>>),
    /// A change the service could not make (`@Core.DataModificationException`, responses only). Boxed:
    /// failures are rare, and the other kinds would otherwise all take the size of this one.
    Failed(Box<Failed<T>>),
}

/// Why an entity left the collection (`@removed.reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RemovedReason {
    /// The entity left this collection but may still exist (OData's default).
    #[default]
    Changed,
    /// The entity was deleted.
    Deleted,
}

impl RemovedReason {
    /// The wire string.
    pub const fn as_str(self) -> &'static str {
        match self {
            RemovedReason::Changed => "changed",
            RemovedReason::Deleted => "deleted",
        }
    }
}

impl Serialize for RemovedReason {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RemovedReason {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = RemovedReason;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`changed` or `deleted`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RemovedReason, E> {
                match v {
                    "changed" => Ok(RemovedReason::Changed),
                    "deleted" => Ok(RemovedReason::Deleted),
                    other => Err(E::invalid_value(de::Unexpected::Str(other), &self)),
                }
            }
        }
        deserializer.deserialize_str(V)
    }
}

/// `@removed`'s `reason` is a string of two values in OData's JSON format.
impl crate::EdmType for RemovedReason {
    const EDM_TYPE: &'static str = "Edm.String";
}

impl fmt::Display for RemovedReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A removal entry. The entity part holds the `id` (or, under `@id`, its additional properties do) and
/// anything else the entry carried.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed<T> {
    /// The entity the entry names.
    pub entity: T,
    /// The `@removed` object: its `reason`, and anything else it held.
    pub annotation: RemovedAnnotation,
    /// Whether the annotation was spelled `@odata.removed` rather than `@removed`.
    pub odata_prefixed: bool,
}

/// The `@removed` object of a removal entry: `{"reason": "changed"}`. Keys other than `reason` are kept
/// in `odata.additional`.
#[graph_entity(complex)]
pub struct RemovedAnnotation {
    /// `reason`; `None` when the object had none (OData then means `changed`).
    pub reason: Option<RemovedReason>,
}

impl<T: GraphValue> Removed<T> {
    /// The id of the entity to remove: its `id` (declared or not), or the `@id` annotation.
    pub fn id(&self) -> Option<String> {
        removed_id(&self.entity)
    }

    /// The reason, with OData's default `changed` when none was given.
    pub fn reason(&self) -> RemovedReason {
        self.annotation.reason.unwrap_or_default()
    }
}

/// Whether a removal names its entity, by `id` or by a string `@id` (building the id only for `@id`).
#[cfg_attr(not(debug_assertions), inline)]
fn names_removed_entity<T: GraphValue>(entity: &T) -> bool {
    entity.entity_id().is_some() || removed_id(entity).is_some()
}

/// The id a removal names: the declared `id`, else a string `@id` annotation, else an `id` the type does
/// not declare (the key on the wire all the same).
fn removed_id<T: GraphValue>(entity: &T) -> Option<String> {
    if let Some(id) = entity.entity_id() {
        return Some(id.to_owned());
    }
    let extra = &entity.meta().additional;
    ["@id", "id"].iter().find_map(|key| serde_json::from_str::<String>(extra.get(key)?.get()).ok())
}

/// A per-item failure reported in a 200 response.
#[derive(Debug, Clone, PartialEq)]
pub struct Failed<T> {
    /// The rest of the entry (its `id` if any, other properties).
    pub entity: T,
    /// `@contentId`, tying the failure to the request entry.
    pub content_id: Option<String>,
    /// Whether the content id was spelled `@Core.ContentID`.
    pub content_id_core_spelling: bool,
    /// The exception.
    pub exception: DataModificationException,
    /// Whether the exception was spelled `@Org.OData.Core.V1.DataModificationException`.
    pub exception_full_spelling: bool,
}

impl<T: GraphValue> Failed<T> {
    /// The error code, e.g. `Invalid` or `RestoreSessionNotFound`.
    pub fn code(&self) -> Option<&str> {
        self.exception.info.as_value()?.code.as_value().map(String::as_str)
    }

    /// The error message.
    pub fn message(&self) -> Option<&str> {
        self.exception.info.as_value()?.message.as_value().map(String::as_str)
    }

    /// The HTTP status the operation would have had on its own.
    pub fn response_code(&self) -> Option<u16> {
        self.exception.response_code.as_value().copied()
    }

    /// The operation that failed (`remove`, `insert`, ...).
    pub fn failed_operation(&self) -> Option<&str> {
        self.exception.failed_operation.as_value().map(String::as_str)
    }

    /// The id named by the entry, if any.
    pub fn id(&self) -> Option<&str> {
        self.entity.entity_id()
    }

    /// The error code as an evolvable enum such as
    /// [`BackupErrorCode`](crate::backup_restore::BackupErrorCode); unknown codes are kept.
    pub fn code_as<E: crate::EvolvableEnum>(&self) -> Option<E> {
        self.code().map(E::from_wire)
    }
}

/// `Core.DataModificationException`: why a change in a delta request failed.
///
/// Each property is [`Nullable`]: absent and `null` are written back as they were received. Other keys
/// are kept in `odata.additional`.
#[graph_entity(complex)]
pub struct DataModificationException {
    /// `info`: code and message.
    pub info: Nullable<ExceptionInfo>,
    /// `failedOperation`: `insert`, `update`, `upsert`, `delete`, `invoke`, `link`, `unlink`, or (as
    /// Graph's backup service writes it) `remove`.
    pub failed_operation: Nullable<String>,
    /// `responseCode`: the HTTP status of the failed operation.
    pub response_code: Nullable<u16>,
}

/// `info` of a [`DataModificationException`]. Other keys are kept in `odata.additional`.
#[graph_entity(complex)]
pub struct ExceptionInfo {
    /// The error code.
    pub code: Nullable<String>,
    /// The human-readable message.
    pub message: Nullable<String>,
}

impl<T> Delta<T> {
    /// An empty delta.
    pub fn new() -> Self {
        Delta { entries: Vec::new() }
    }

    /// The entries, in order.
    pub fn entries(&self) -> &[DeltaEntry<T>] {
        &self.entries
    }

    /// The entries, mutably.
    pub fn entries_mut(&mut self) -> &mut Vec<DeltaEntry<T>> {
        &mut self.entries
    }

    /// Consumes the delta into its entries.
    pub fn into_entries(self) -> Vec<DeltaEntry<T>> {
        self.entries
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Appends an entry.
    #[must_use]
    pub fn entry(mut self, entry: DeltaEntry<T>) -> Self {
        self.entries.push(entry);
        self
    }

    /// Entities the response reports as added or updated, with their new ids and statuses.
    pub fn succeeded(&self) -> impl Iterator<Item = &T> {
        self.entries.iter().filter_map(|e| match e {
            DeltaEntry::Added(t) | DeltaEntry::Updated(t) => Some(t),
            _ => None,
        })
    }

    /// Removal entries.
    pub fn removed(&self) -> impl Iterator<Item = &Removed<T>> {
        self.entries.iter().filter_map(|e| match e {
            DeltaEntry::Removed(r) => Some(&**r),
            _ => None,
        })
    }

    /// Failures the response reports.
    pub fn failed(&self) -> impl Iterator<Item = &Failed<T>> {
        self.entries.iter().filter_map(|e| match e {
            DeltaEntry::Failed(f) => Some(&**f),
            _ => None,
        })
    }

    /// Splits into deltas of at most `max` entries each, in order (Graph's backup service takes at most
    /// 50 artifacts per PATCH). A `max` of 0 is treated as 1.
    pub fn into_batches(self, max: usize) -> Vec<Delta<T>> {
        let max = max.max(1);
        let mut batches = Vec::with_capacity(self.entries.len().div_ceil(max));
        let mut current = Vec::with_capacity(max.min(self.entries.len()));
        for entry in self.entries {
            current.push(entry);
            if current.len() == max {
                batches.push(Delta { entries: std::mem::replace(&mut current, Vec::with_capacity(max)) });
            }
        }
        if !current.is_empty() {
            batches.push(Delta { entries: current });
        }
        batches
    }
}

impl<T: GraphValue> Delta<T> {
    /// Adds an entity: `Added` if it has no id, `Updated` otherwise. `@odata.type` is left out, as
    /// delta entries take the collection's type.
    #[must_use]
    pub fn add_entity(mut self, mut entity: T) -> Self {
        if *entity.meta().type_tag() == ODataTypeTag::Canonical {
            entity.meta_mut().omit_type();
        }
        let entry = if entity.entity_id().is_some() { DeltaEntry::Updated(entity) } else { DeltaEntry::Added(entity) };
        self.entries.push(entry);
        self
    }

    /// Removes the entity with this id: `{"@removed": {"reason": "changed"}, "id": "..."}`. The entry
    /// names the entity by its declared `id`, or by an undeclared `id` for a type without one.
    ///
    /// Does not compile for a type with required properties, which cannot be built from an id.
    #[must_use]
    pub fn remove(self, id: impl Into<String>) -> Self {
        self.remove_with_reason(id, RemovedReason::Changed)
    }

    /// Removes the entity with this id, giving the reason.
    #[must_use]
    pub fn remove_with_reason(mut self, id: impl Into<String>, reason: RemovedReason) -> Self {
        const { assert!(T::HAS_ID_STUB, "`Delta::remove` needs a type that can be built from an id alone") };
        let Some(entity) = T::id_stub(&id.into()) else {
            // Unreachable: `HAS_ID_STUB` is checked above, at compile time.
            return self;
        };
        let annotation = RemovedAnnotation { reason: Some(reason), ..RemovedAnnotation::default() };
        self.entries.push(DeltaEntry::Removed(Box::new(Removed { entity, annotation, odata_prefixed: false })));
        self
    }
}

impl<T> FromIterator<DeltaEntry<T>> for Delta<T> {
    fn from_iter<I: IntoIterator<Item = DeltaEntry<T>>>(iter: I) -> Self {
        Delta { entries: iter.into_iter().collect() }
    }
}

impl<T> IntoIterator for Delta<T> {
    type Item = DeltaEntry<T>;
    type IntoIter = std::vec::IntoIter<DeltaEntry<T>>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Delta<T> {
    type Item = &'a DeltaEntry<T>;
    type IntoIter = std::slice::Iter<'a, DeltaEntry<T>>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter()
    }
}

impl<T: crate::EdmType> crate::EdmType for Delta<T> {
    const EDM_TYPE: &'static str = T::EDM_TYPE;
}

// ---- serialization ----

/// Keys that make the reader take an entry for a removal or a failure.
const CLASSIFYING_KEYS: [&str; 4] = [REMOVED_KEYS[0], REMOVED_KEYS[1], EXCEPTION_KEYS[0], EXCEPTION_KEYS[1]];

/// The spellings of an annotation that an entry writing spelling `written` (or none) must not also hold
/// among its additional properties: the reader takes the first spelling present, so a spelling after
/// the written one stays an additional property when read back, and any other would be taken instead.
fn taken_before<'k>(keys: &'k [&'k str; 2], written: Option<bool>) -> &'k [&'k str] {
    match written {
        Some(second) => &keys[..=usize::from(second)],
        None => keys,
    }
}

impl<T: GraphValue> DeltaEntry<T> {
    /// Refuses an entry that would not read back as itself: an `Added` entity with an id (it reads back
    /// as `Updated`), an entity whose additional properties hold a key the reader would take as this or
    /// another kind of entry's annotation, or a removal without an id.
    fn check_writable<E: serde::ser::Error>(&self) -> Result<(), E> {
        use crate::de::refuse_reserved_keys as refuse;
        match self {
            DeltaEntry::Added(t) if t.entity_id().is_some() => Err(E::custom(
                "an `Added` entry whose entity has an `id` reads back as `Updated`: write it as \
                 `DeltaEntry::Updated` (`Delta::add_entity` picks the kind from the id)",
            )),
            DeltaEntry::Added(t) | DeltaEntry::Updated(t) if t.meta().additional.is_empty() => Ok(()),
            DeltaEntry::Added(t) | DeltaEntry::Updated(t) => refuse(&t.meta().additional, &CLASSIFYING_KEYS, "entry"),
            DeltaEntry::Removed(r) => {
                if !names_removed_entity(&r.entity) {
                    return Err(E::custom("a removed entry needs the id of the entity to remove, as `id` or `@id`"));
                }
                let additional = &r.entity.meta().additional;
                let reserved = taken_before(&REMOVED_KEYS, Some(r.odata_prefixed));
                if additional.is_empty() { Ok(()) } else { refuse(additional, reserved, "removed entry") }
            }
            // The exception checks its own keys when it is written.
            DeltaEntry::Failed(f) => {
                let additional = &f.entity.meta().additional;
                let content_id = f.content_id.as_ref().map(|_| f.content_id_core_spelling);
                refuse(additional, &REMOVED_KEYS, "failed entry")?;
                refuse(additional, taken_before(&EXCEPTION_KEYS, Some(f.exception_full_spelling)), "failed entry")?;
                refuse(additional, taken_before(&CONTENT_ID_KEYS, content_id), "failed entry")
            }
        }
    }
}

impl<T: GraphValue> Serialize for DeltaEntry<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.check_writable()?;
        match self {
            DeltaEntry::Added(t) | DeltaEntry::Updated(t) => t.serialize_prefixed(serializer, |_| Ok(())),
            DeltaEntry::Removed(r) => {
                let key = REMOVED_KEYS[usize::from(r.odata_prefixed)];
                r.entity.serialize_prefixed(serializer, |map| map.serialize_entry(key, &r.annotation))
            }
            DeltaEntry::Failed(f) => f.entity.serialize_prefixed(serializer, |map| {
                if let Some(id) = &f.content_id {
                    map.serialize_entry(CONTENT_ID_KEYS[usize::from(f.content_id_core_spelling)], id)?;
                }
                map.serialize_entry(EXCEPTION_KEYS[usize::from(f.exception_full_spelling)], &f.exception)
            }),
        }
    }
}

impl<T: GraphValue> Serialize for Delta<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.entries.len()))?;
        for entry in &self.entries {
            seq.serialize_element(entry)?;
        }
        seq.end()
    }
}

// ---- deserialization ----

impl<'de, T: GraphValue + DeserializeOwned> Deserialize<'de> for DeltaEntry<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut entity = T::deserialize(deserializer)?;
        // The usual entry, without annotations, is the entity itself.
        if entity.meta().additional.is_empty() {
            return Ok(Kind::Entity.build(entity));
        }
        match classify(&mut entity, EntryAnnotations::default()) {
            Ok(kind) => Ok(kind.build(entity)),
            Err(e) => Err(crate::scope::surface(e)),
        }
    }
}

enum Kind {
    Entity,
    Removed { annotation: RemovedAnnotation, odata_prefixed: bool },
    Failed { exception: DataModificationException, full: bool, content_id: Option<String>, core: bool },
}

impl Kind {
    fn build<T: GraphValue>(self, entity: T) -> DeltaEntry<T> {
        match self {
            Kind::Entity if entity.entity_id().is_some() => DeltaEntry::Updated(entity),
            Kind::Entity => DeltaEntry::Added(entity),
            Kind::Removed { annotation, odata_prefixed } => {
                DeltaEntry::Removed(Box::new(Removed { entity, annotation, odata_prefixed }))
            }
            Kind::Failed { exception, full, content_id, core } => DeltaEntry::Failed(Box::new(Failed {
                entity,
                content_id,
                content_id_core_spelling: core,
                exception,
                exception_full_spelling: full,
            })),
        }
    }
}

/// The usual spellings of a failure's annotations, set aside as text while a delta entry is read
/// ([`ValueImpl::deserialize_placed_entry`]) instead of being kept as additional properties, and
/// each one's position among them. The entry's classification then reads them once, or, when they
/// are not the entry's own (a removal carrying them, `@contentId` without an exception), puts them back
/// where they were, as received. Not part of the public API.
///
/// [`ValueImpl::deserialize_placed_entry`]: crate::de::ValueImpl::deserialize_placed_entry
#[doc(hidden)]
#[derive(Default)]
pub struct EntryAnnotations<'de> {
    exception: Option<(usize, Cow<'de, str>)>,
    content_id: Option<(usize, Cow<'de, str>)>,
}

impl<'de> EntryAnnotations<'de> {
    /// Reads the value of undeclared `key` if it is one to set aside (`Ok(false)`: it is not, and is kept
    /// as an additional property); `kept` is the number of additional properties kept so far.
    #[cfg_attr(not(debug_assertions), inline)]
    pub(crate) fn set_aside<A: MapAccess<'de>>(
        &mut self,
        key: &str,
        kept: usize,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        // Its position among the undeclared properties, counting those set aside before it.
        let position = kept + usize::from(self.exception.is_some()) + usize::from(self.content_id.is_some());
        let slot = match key {
            k if k == EXCEPTION_KEYS[0] => &mut self.exception,
            k if k == CONTENT_ID_KEYS[0] => &mut self.content_id,
            _ => return Ok(false),
        };
        // Read first, then refused if repeated: the error a kept property's repetition gives, at the
        // same place.
        let text =
            map.next_value_seed(KeptTextSeed).map_err(|e| crate::scope::at(crate::scope::Segment::Key(key), e))?;
        if slot.is_some() {
            return Err(de::Error::custom(format_args!("duplicate key `{}`", crate::error::Printable(key))));
        }
        *slot = Some((position, text));
        Ok(true)
    }
}

impl EntryAnnotations<'_> {
    fn is_empty(&self) -> bool {
        self.exception.is_none() && self.content_id.is_none()
    }

    /// Puts what is still set aside back among `extra`, where it was received.
    fn restore<E: de::Error>(&mut self, extra: &mut crate::AdditionalProperties) -> Result<(), E> {
        let mut aside = [
            self.exception.take().map(|(at, text)| (at, EXCEPTION_KEYS[0], text)),
            self.content_id.take().map(|(at, text)| (at, CONTENT_ID_KEYS[0], text)),
        ];
        aside.sort_by_key(|a| a.as_ref().map(|(at, _, _)| *at));
        for (at, key, text) in aside.into_iter().flatten() {
            let raw = serde_json::value::RawValue::from_string(text.into_owned()).map_err(E::custom)?;
            extra.insert_received(at, key, raw);
        }
        Ok(())
    }
}

/// Moves the delta annotations out of the entity's additional properties (and `aside`) and says what the
/// entry is.
fn classify<T: GraphValue, E: de::Error>(entity: &mut T, mut aside: EntryAnnotations<'_>) -> Result<Kind, E> {
    let extra = &mut entity.meta_mut().additional;
    if extra.is_empty() && aside.is_empty() {
        return Ok(Kind::Entity);
    }
    if let Some(i) = REMOVED_KEYS.iter().position(|k| extra.contains_key(k)) {
        // A removal's annotations are the removal's alone: anything set aside is the entity's again.
        aside.restore::<E>(extra)?;
        let key = REMOVED_KEYS[i];
        let raw = extra.remove(key).unwrap_or_default();
        let annotation = replay_owned::<RemovedAnnotation, E>(key, raw.get())?;
        let kind = Kind::Removed { annotation, odata_prefixed: i == 1 };
        if !names_removed_entity(entity) {
            return Err(E::custom("a removed entry needs the id of the entity to remove, as `id` or `@id`"));
        }
        return Ok(kind);
    }
    let Some((i, text)) = take_annotation(aside.exception.take(), extra, EXCEPTION_KEYS) else {
        aside.restore::<E>(extra)?;
        return Ok(Kind::Entity);
    };
    let exception = replay_owned::<DataModificationException, E>(EXCEPTION_KEYS[i], &text)?;
    let (content_id, core) = match take_annotation(aside.content_id.take(), extra, CONTENT_ID_KEYS) {
        Some((j, text)) => (Some(replay_owned::<String, E>(CONTENT_ID_KEYS[j], &text)?), j == 1),
        None => (None, false),
    };
    Ok(Kind::Failed { exception, full: i == 1, content_id, core })
}

/// Takes a failure annotation out of an entry, with the index of its spelling in `keys`: the one set
/// aside (always the first spelling), else the first spelling kept, else the second. The first spelling
/// wins whichever came first; the other stays on the entity.
fn take_annotation<'a>(
    aside: Option<(usize, Cow<'a, str>)>,
    extra: &mut crate::AdditionalProperties,
    keys: [&str; 2],
) -> Option<(usize, Cow<'a, str>)> {
    if let Some((_, text)) = aside {
        return Some((0, text));
    }
    keys.iter().enumerate().find_map(|(i, key)| Some((i, Cow::Owned(Box::<str>::from(extra.remove(key)?).into()))))
}

impl<'de, T: GraphValue + DeserializeOwned> Deserialize<'de> for Delta<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: GraphValue + DeserializeOwned> Visitor<'de> for V<T> {
            type Value = Delta<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a delta collection (an array of entries)")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                let _level = crate::scope::enter()?;
                let entries =
                    if T::placed_empty().is_some() { read_entries_placed(seq) } else { crate::de::read_elements(seq) };
                entries.map(|entries| Delta { entries }).map_err(crate::scope::leaving)
            }
        }
        deserializer.deserialize_seq(V(PhantomData))
    }
}

/// Reads the entries of a delta of a type read in place ([`ValueImpl::placed_empty`]): each entry is
/// read where it will stay in the `Vec`, as the kind the previous entry turned out to be (the first as
/// `Updated`), and moved only when it turns out to be another kind. A response echoing entries with
/// ids moves none.
///
/// [`ValueImpl::placed_empty`]: crate::de::ValueImpl::placed_empty
fn read_entries_placed<'de, T: GraphValue, S: SeqAccess<'de>>(mut seq: S) -> Result<Vec<DeltaEntry<T>>, S::Error> {
    // Capacity from the hint is capped: a hostile length must not reserve memory up front.
    let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
    let mut updated = true;
    loop {
        let index = items.len();
        let Some(empty) = T::placed_empty() else { return Err(crate::de::not_placeable()) };
        items.push(if updated { DeltaEntry::Updated(empty) } else { DeltaEntry::Added(empty) });
        let Some(DeltaEntry::Updated(slot) | DeltaEntry::Added(slot)) = items.last_mut() else {
            return Err(crate::de::not_placeable());
        };
        let mut aside = EntryAnnotations::default();
        match seq.next_element_seed(Placed(slot, &mut aside)) {
            Ok(Some(())) => {}
            Ok(None) => {
                items.pop();
                return Ok(items);
            }
            Err(e) => {
                items.pop();
                return Err(crate::scope::at(crate::scope::Segment::Index(index), e));
            }
        }
        if aside.is_empty() && slot.meta().additional.is_empty() && slot.entity_id().is_some() == updated {
            continue;
        }
        let Some(DeltaEntry::Updated(mut entity) | DeltaEntry::Added(mut entity)) = items.pop() else {
            return Err(crate::de::not_placeable());
        };
        let entry = match classify::<T, S::Error>(&mut entity, aside) {
            Ok(kind) => kind.build(entity),
            // Read after the element has ended, outside any path tracker's view of it: the index is
            // written here in every case.
            Err(e) => return Err(crate::scope::prefix(crate::scope::Segment::Index(index), e)),
        };
        match &entry {
            DeltaEntry::Updated(_) => updated = true,
            DeltaEntry::Added(_) => updated = false,
            DeltaEntry::Removed(_) | DeltaEntry::Failed(_) => {}
        }
        items.push(entry);
    }
}

/// Reads one entry into a value where it lies, its failure annotations set aside
/// ([`ValueImpl::deserialize_placed_entry`]).
///
/// [`ValueImpl::deserialize_placed_entry`]: crate::de::ValueImpl::deserialize_placed_entry
struct Placed<'a, 'de, T>(&'a mut T, &'a mut EntryAnnotations<'de>);

impl<'de, T: GraphValue> de::DeserializeSeed<'de> for Placed<'_, 'de, T> {
    type Value = ();

    #[cfg_attr(not(debug_assertions), inline)]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.0.deserialize_placed_entry(deserializer, self.1)
    }
}
