//! What a Graph object carries besides its declared properties: its `@odata.type` spelling and every
//! property or annotation the Rust type does not declare, kept as exact JSON text.
//!
//! `#[graph_entity]` adds one field, `odata: ODataMeta`, to every root type (a type without a
//! `#[graph(base)]` field); derived types reach it through their base.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::num::NonZeroUsize;
use std::ptr::NonNull;

use serde_json::value::RawValue;

/// How the `@odata.type` annotation of an object is (or is not) written.
///
/// Reading keeps the spelling received, so writing back what was read gives the same JSON. Values
/// compare by what they write: `Canonical` and `ReceivedCanonical` are equal.
#[derive(Debug, Clone, Default)]
pub enum ODataTypeTag {
    /// Built in code: write the type's own name as `#namespace.name`.
    #[default]
    Canonical,
    /// Received without `@odata.type`, or left out on purpose: nothing is written.
    Omitted,
    /// Received as the type's own name with the leading `#`, exactly as canonical.
    ReceivedCanonical,
    /// Received as the type's own name without the leading `#`.
    ReceivedWithoutHash,
    /// Received in another spelling (letter case) or naming a derived type: written back verbatim.
    Verbatim(Box<str>),
}

impl ODataTypeTag {
    /// What equality and hashing compare: how the annotation is written.
    fn written(&self) -> (u8, Option<&str>) {
        match self {
            ODataTypeTag::Canonical | ODataTypeTag::ReceivedCanonical => (0, None),
            ODataTypeTag::Omitted => (1, None),
            ODataTypeTag::ReceivedWithoutHash => (2, None),
            ODataTypeTag::Verbatim(s) => (3, Some(s)),
        }
    }
}

impl PartialEq for ODataTypeTag {
    fn eq(&self, other: &Self) -> bool {
        self.written() == other.written()
    }
}

impl Eq for ODataTypeTag {}

impl std::hash::Hash for ODataTypeTag {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.written().hash(state);
    }
}

/// The key under which the type annotation was received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ODataTypeKey {
    /// `@odata.type`, as Graph writes it.
    #[default]
    ODataType,
    /// `@type`, OData 4.01's short form.
    Short,
}

impl ODataTypeKey {
    /// The JSON key.
    pub const fn as_str(self) -> &'static str {
        match self {
            ODataTypeKey::ODataType => "@odata.type",
            ODataTypeKey::Short => "@type",
        }
    }
}

/// Everything about a Graph object that its declared Rust fields do not hold.
///
/// Values compare by what they write: the key of an omitted annotation is not compared.
///
/// Two words: the undeclared properties (a null pointer when there are none) and the type annotation
/// (how `@odata.type` was received and is written, under which key). Every Graph value carries one,
/// nested complex values included, so its size is paid once per object.
///
/// ```
/// use graph_model::{graph_entity, ODataTypeKey, ODataTypeTag};
///
/// #[graph_entity(odata_type = "microsoft.graph.restorePoint")]
/// pub struct RestorePoint {
///     pub id: Option<String>,
/// }
///
/// let json = r#"{"id":"1","@odata.etag":"W/\"7\"","sizeInBytes":12345678901234567890123}"#;
/// let mut point: RestorePoint = graph_model::from_str(json)?;
/// assert_eq!(point.odata.type_tag(), &ODataTypeTag::Omitted);
/// assert_eq!(point.odata.type_key(), ODataTypeKey::ODataType);
/// assert_eq!(point.odata.additional.get("@odata.etag").map(|v| v.get()), Some(r#""W/\"7\"""#));
/// assert_eq!(point.odata.additional.get("sizeInBytes").map(|v| v.get()), Some("12345678901234567890123"));
/// assert_eq!(graph_model::to_string(&point)?, json);
///
/// point.odata.set_type_tag(ODataTypeTag::Canonical);
/// assert!(graph_model::to_string(&point)?.starts_with(r##"{"@odata.type":"#microsoft.graph.restorePoint","##));
/// # Ok::<(), graph_model::Error>(())
/// ```
#[derive(Clone, Default, PartialEq)]
pub struct ODataMeta {
    /// Undeclared properties and annotations, in the order received, with their exact JSON text.
    pub additional: AdditionalProperties,
    /// The type annotation's spelling and key.
    tag: TagWord,
}

impl ODataMeta {
    /// Metadata with this type annotation and no undeclared properties.
    ///
    /// ```
    /// use graph_model::{ODataMeta, ODataTypeKey, ODataTypeTag};
    ///
    /// let meta = ODataMeta::with_type(ODataTypeTag::Verbatim("#Microsoft.Graph.User".into()), ODataTypeKey::Short);
    /// assert_eq!(meta.type_tag(), &ODataTypeTag::Verbatim("#Microsoft.Graph.User".into()));
    /// assert_eq!(meta.type_key(), ODataTypeKey::Short);
    /// assert!(meta.additional.is_empty());
    /// ```
    #[cfg_attr(not(debug_assertions), inline)]
    pub fn with_type(tag: ODataTypeTag, key: ODataTypeKey) -> Self {
        ODataMeta { additional: AdditionalProperties::new(), tag: TagWord::new(tag, key) }
    }

    /// How `@odata.type` is written.
    #[cfg_attr(not(debug_assertions), inline)]
    pub fn type_tag(&self) -> &ODataTypeTag {
        self.tag.tag()
    }

    /// Sets how `@odata.type` is written, keeping the key.
    #[cfg_attr(not(debug_assertions), inline)]
    pub fn set_type_tag(&mut self, tag: ODataTypeTag) {
        self.tag = TagWord::new(tag, self.tag.key());
    }

    /// Sets the type annotation's spelling and key at once.
    #[cfg_attr(not(debug_assertions), inline)]
    pub(crate) fn set_type(&mut self, tag: ODataTypeTag, key: ODataTypeKey) {
        self.tag = TagWord::new(tag, key);
    }

    /// Which key carries the type annotation.
    #[cfg_attr(not(debug_assertions), inline)]
    pub fn type_key(&self) -> ODataTypeKey {
        self.tag.key()
    }

    /// Sets which key carries the type annotation, keeping its spelling.
    #[cfg_attr(not(debug_assertions), inline)]
    pub fn set_type_key(&mut self, key: ODataTypeKey) {
        self.tag.set_key(key);
    }

    /// Leaves `@odata.type` out when the value is written (some endpoints do not want it).
    pub fn omit_type(&mut self) {
        self.set_type_tag(ODataTypeTag::Omitted);
    }

    /// Whether writing this metadata adds nothing to the declared fields: no undeclared properties (none
    /// ever stored: a list emptied by removals answers `false`, which only costs the general writer) and
    /// a type annotation that writes nothing (see [`ODataMeta::writes_no_tag`]).
    #[cfg_attr(not(debug_assertions), inline)]
    pub(crate) fn writes_nothing(&self, unnamed: bool) -> bool {
        self.additional.is_unallocated() && self.writes_no_tag(unnamed)
    }

    /// Whether the type annotation writes nothing: it was omitted, or it is canonical for a type with no
    /// OData name (`unnamed`). Read from the word, without going through [`ODataTypeTag`].
    #[cfg_attr(not(debug_assertions), inline)]
    pub(crate) fn writes_no_tag(&self, unnamed: bool) -> bool {
        // The code with its key bit cleared (a verbatim address is even: it matches none of these).
        let code = self.tag.word() & !TagWord::KEY_BIT;
        let omitted = TagWord::inline(1, ODataTypeKey::ODataType).word();
        let canonical = TagWord::inline(0, ODataTypeKey::ODataType).word();
        let received_canonical = TagWord::inline(2, ODataTypeKey::ODataType).word();
        code == omitted || (unnamed && (code == canonical || code == received_canonical))
    }

    /// Whether dropping this metadata frees nothing: no list of undeclared properties allocated (an
    /// emptied list still owns its allocation), no verbatim type name.
    #[cfg_attr(not(debug_assertions), inline)]
    fn owns_nothing(&self) -> bool {
        self.additional.is_unallocated() && self.tag.is_inline()
    }

    /// Replaces the metadata at `place` (a freshly read value's default, almost always): when the old
    /// metadata owns nothing, it is not run through its drop glue, a call per object otherwise.
    #[doc(hidden)]
    #[cfg_attr(not(debug_assertions), inline)]
    pub fn replace_at(place: &mut ODataMeta, meta: ODataMeta) {
        let old = std::mem::replace(place, meta);
        if old.owns_nothing() {
            // Nothing on the heap: forgetting it frees nothing.
            std::mem::forget(old);
        } else {
            drop(old);
        }
    }
}

impl fmt::Debug for ODataMeta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ODataMeta")
            .field("type_tag", self.type_tag())
            .field("type_key", &self.type_key())
            .field("additional", &self.additional)
            .finish()
    }
}

/// The type annotation in one word: either a small inline code (odd, so never an address) for the
/// spellings that need no text, or the address of a boxed [`Verbatim`] holding the received text.
///
/// Inline code: bit 0 set, bit 1 the key (`@type` when set), bits 2.. the index into [`INLINE_TAGS`].
struct TagWord(NonNull<Verbatim>);

/// A verbatim type annotation: always `ODataTypeTag::Verbatim`, kept whole so it can be lent out.
struct Verbatim {
    tag: ODataTypeTag,
    key: ODataTypeKey,
}

/// The spellings an inline code stands for, by index.
static INLINE_TAGS: [ODataTypeTag; 4] = [
    ODataTypeTag::Canonical,
    ODataTypeTag::Omitted,
    ODataTypeTag::ReceivedCanonical,
    ODataTypeTag::ReceivedWithoutHash,
];

// SAFETY: a `TagWord` owns its `Verbatim` as a `Box` would (see `Drop` and `Clone`); `Verbatim` is
// `Send` and `Sync`.
unsafe impl Send for TagWord {}
// SAFETY: as above; shared access only reads.
unsafe impl Sync for TagWord {}

impl TagWord {
    /// Set in an inline code whose key is `@type`.
    const KEY_BIT: usize = 2;

    #[cfg_attr(not(debug_assertions), inline)]
    const fn inline(index: usize, key: ODataTypeKey) -> Self {
        let key_bit = match key {
            ODataTypeKey::ODataType => 0,
            ODataTypeKey::Short => TagWord::KEY_BIT,
        };
        // The word is odd, hence not null, and no allocation has an odd address.
        TagWord(NonNull::without_provenance(match NonZeroUsize::new(index << 2 | key_bit | 1) {
            Some(word) => word,
            None => unreachable!(),
        }))
    }

    #[cfg_attr(not(debug_assertions), inline)]
    fn new(tag: ODataTypeTag, key: ODataTypeKey) -> Self {
        let index = match tag {
            ODataTypeTag::Canonical => 0,
            ODataTypeTag::Omitted => 1,
            ODataTypeTag::ReceivedCanonical => 2,
            ODataTypeTag::ReceivedWithoutHash => 3,
            ODataTypeTag::Verbatim(_) => return TagWord::boxed(Verbatim { tag, key }),
        };
        TagWord::inline(index, key)
    }

    #[cold]
    fn boxed(verbatim: Verbatim) -> Self {
        // `Box` allocations are aligned to at least 8 for `Verbatim`, so the word is even.
        TagWord(NonNull::from(Box::leak(Box::new(verbatim))))
    }

    #[cfg_attr(not(debug_assertions), inline)]
    fn word(&self) -> usize {
        self.0.addr().get()
    }

    #[cfg_attr(not(debug_assertions), inline)]
    fn is_inline(&self) -> bool {
        self.word() & 1 == 1
    }

    #[cfg_attr(not(debug_assertions), inline)]
    fn verbatim(&self) -> Option<&Verbatim> {
        if self.is_inline() {
            None
        } else {
            // SAFETY: an even word is the address of the `Verbatim` this `TagWord` owns (`boxed`),
            // alive until `drop`.
            Some(unsafe { self.0.as_ref() })
        }
    }

    #[cfg_attr(not(debug_assertions), inline)]
    fn tag(&self) -> &ODataTypeTag {
        match self.verbatim() {
            None => &INLINE_TAGS[self.word() >> 2],
            Some(v) => &v.tag,
        }
    }

    #[cfg_attr(not(debug_assertions), inline)]
    fn key(&self) -> ODataTypeKey {
        match self.verbatim() {
            None if self.word() & TagWord::KEY_BIT == 0 => ODataTypeKey::ODataType,
            None => ODataTypeKey::Short,
            Some(v) => v.key,
        }
    }

    #[cfg_attr(not(debug_assertions), inline)]
    fn set_key(&mut self, key: ODataTypeKey) {
        if self.is_inline() {
            *self = TagWord::inline(self.word() >> 2, key);
        } else {
            // SAFETY: as in `verbatim`; `&mut self` makes this the only access.
            unsafe { self.0.as_mut() }.key = key;
        }
    }
}

impl Default for TagWord {
    #[cfg_attr(not(debug_assertions), inline)]
    fn default() -> Self {
        TagWord::inline(0, ODataTypeKey::ODataType)
    }
}

impl Clone for TagWord {
    #[cfg_attr(not(debug_assertions), inline)]
    fn clone(&self) -> Self {
        match self.verbatim() {
            None => TagWord(self.0),
            Some(v) => TagWord::boxed(Verbatim { tag: v.tag.clone(), key: v.key }),
        }
    }
}

impl Drop for TagWord {
    #[cfg_attr(not(debug_assertions), inline)]
    fn drop(&mut self) {
        /// Out of line, as the rare case: the drop glue of every struct holding metadata stays small.
        #[inline(never)]
        fn free(verbatim: Box<Verbatim>) {
            drop(verbatim);
        }
        if !self.is_inline() {
            // SAFETY: an even word came from `Box::leak` in `boxed` and is freed only here.
            free(unsafe { Box::from_raw(self.0.as_ptr()) });
        }
    }
}

/// Compares what is written: the key of an omitted annotation is not.
impl PartialEq for TagWord {
    fn eq(&self, other: &Self) -> bool {
        let tag = self.tag();
        tag == other.tag() && (self.key() == other.key() || *tag == ODataTypeTag::Omitted)
    }
}

/// Undeclared properties and annotations of an object: `(key, exact JSON text)` pairs in received order.
///
/// Values are kept as [`RawValue`], so numbers such as `12345678901234567890123` or `1e400` and strings
/// that look like dates are written back byte for byte. Looking up, inserting and reading keys take
/// constant time, however many entries there are.
#[derive(Clone, Default)]
pub struct AdditionalProperties {
    /// Allocated with the first entry: every Graph value holds one of these and most have no entries,
    /// so an empty one is a single null pointer.
    inner: Option<Box<Entries>>,
}

#[derive(Clone, Default)]
struct Entries {
    list: Vec<(String, Box<RawValue>)>,
    /// Entry positions by key, built once there are more entries than a scan handles quickly.
    index: Option<HashMap<String, usize>>,
}

/// Keys are found by scanning up to this many entries; past it, through the index.
const SCAN_LIMIT: usize = 16;

/// Dropping an empty value (almost every one) is a null check where it happens; the entries, when
/// there are any, are freed out of line. The compiler's own drop glue saved registers before the check.
impl Drop for AdditionalProperties {
    #[cfg_attr(not(debug_assertions), inline)]
    fn drop(&mut self) {
        #[inline(never)]
        fn free(entries: Box<Entries>) {
            drop(entries);
        }
        if let Some(entries) = self.inner.take() {
            free(entries);
        }
    }
}

impl AdditionalProperties {
    /// No entries.
    pub const fn new() -> Self {
        AdditionalProperties { inner: None }
    }

    #[cfg_attr(not(debug_assertions), inline)]
    fn entries(&self) -> &[(String, Box<RawValue>)] {
        match &self.inner {
            Some(inner) => &inner.list,
            None => &[],
        }
    }

    /// The number of entries.
    #[cfg_attr(not(debug_assertions), inline)]
    pub fn len(&self) -> usize {
        self.entries().len()
    }

    /// Whether no entry was ever stored (nothing allocated).
    #[cfg_attr(not(debug_assertions), inline)]
    pub(crate) fn is_unallocated(&self) -> bool {
        self.inner.is_none()
    }

    /// Whether there are no entries.
    #[cfg_attr(not(debug_assertions), inline)]
    pub fn is_empty(&self) -> bool {
        self.entries().is_empty()
    }

    fn position(&self, key: &str) -> Option<usize> {
        let inner = self.inner.as_deref()?;
        match &inner.index {
            Some(index) => index.get(key).copied(),
            None => inner.list.iter().position(|(k, _)| k == key),
        }
    }

    /// The raw JSON of the entry with this key.
    pub fn get(&self, key: &str) -> Option<&RawValue> {
        self.position(key).map(|i| &*self.entries()[i].1)
    }

    /// The entry with this key, read as `T`: typed access to an open type's dynamic properties (a planner
    /// task's checklist items, keyed by item id) and to annotations. `None` if there is no such entry;
    /// an error names the key and the path inside the value.
    ///
    /// ```
    /// use graph_model::{graph_entity, Nullable};
    ///
    /// #[graph_entity(odata_type = "microsoft.graph.plannerChecklistItem", complex)]
    /// pub struct PlannerChecklistItem {
    ///     pub is_checked: Nullable<bool>,
    ///     pub title: Nullable<String>,
    /// }
    ///
    /// /// An open type: every checklist item is a dynamic property named by its id.
    /// #[graph_entity(odata_type = "microsoft.graph.plannerChecklistItems", complex)]
    /// pub struct PlannerChecklistItems {}
    ///
    /// let items: PlannerChecklistItems = serde_json::from_str(
    ///     r#"{"95e27074-6c4a-447a-aa24-9d718a0b86fa": {"@odata.type": "microsoft.graph.plannerChecklistItem",
    ///        "isChecked": true, "title": "Review"}}"#,
    /// )?;
    /// let item: PlannerChecklistItem =
    ///     items.odata.additional.get_as("95e27074-6c4a-447a-aa24-9d718a0b86fa").unwrap()?;
    /// assert_eq!(item.title.as_value().map(String::as_str), Some("Review"));
    /// let names: Vec<&str> = items.odata.additional.keys().collect();
    /// assert_eq!(names, ["95e27074-6c4a-447a-aa24-9d718a0b86fa"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn get_as<T: serde::de::DeserializeOwned>(&self, key: &str) -> Option<Result<T, crate::Error>> {
        let raw = self.get(key)?;
        Some(crate::json::from_str::<T>(raw.get()).map_err(|e| e.under_key(key)))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &str> {
        self.entries().iter().map(|(k, _)| k.as_str())
    }

    /// Whether an entry has this key.
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Sets an entry from raw JSON, replacing an entry with the same key (in place) or appending.
    pub fn insert(&mut self, key: impl Into<String>, value: Box<RawValue>) {
        let key = key.into();
        match self.position(&key) {
            Some(i) => self.inner.get_or_insert_default().list[i].1 = value,
            None => self.push_new(key, value),
        }
    }

    /// Sets an entry from any serializable value.
    pub fn insert_value<T: serde::Serialize + ?Sized>(
        &mut self,
        key: impl Into<String>,
        value: &T,
    ) -> Result<(), crate::Error> {
        let raw = serde_json::value::to_raw_value(value).map_err(crate::Error::from_serialize)?;
        self.insert(key, raw);
        Ok(())
    }

    /// Removes and returns the entry with this key.
    pub fn remove(&mut self, key: &str) -> Option<Box<RawValue>> {
        let at = self.position(key)?;
        let inner = self.inner.get_or_insert_default();
        let (_, value) = inner.list.remove(at);
        if inner.index.is_some() {
            inner.index = None;
            inner.build_index();
        }
        Some(value)
    }

    /// The entries in order.
    #[cfg_attr(not(debug_assertions), inline)]
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &RawValue)> {
        self.entries().iter().map(|(k, v)| (k.as_str(), &**v))
    }

    /// Appends an entry read from the wire, refusing a key seen before in the same object.
    pub(crate) fn push_unique<E: serde::de::Error>(
        &mut self,
        key: Cow<'_, str>,
        value: Box<RawValue>,
    ) -> Result<(), E> {
        if self.contains_key(&key) {
            return Err(E::custom(format_args!("duplicate key `{}`", crate::error::Printable(&key))));
        }
        self.push_new(key.into_owned(), value);
        Ok(())
    }

    /// Puts an entry read from the wire back at `position` (the end, if past it): a value a reader took
    /// aside while reading and did not use. Its key is not present.
    pub(crate) fn insert_received(&mut self, position: usize, key: &str, value: Box<RawValue>) {
        let inner = self.inner.get_or_insert_default();
        inner.list.insert(position.min(inner.list.len()), (key.to_owned(), value));
        inner.index = None;
        inner.build_index();
    }

    /// Appends an entry whose key is not present.
    fn push_new(&mut self, key: String, value: Box<RawValue>) {
        let inner = self.inner.get_or_insert_default();
        if let Some(index) = &mut inner.index {
            index.insert(key.clone(), inner.list.len());
        }
        inner.list.push((key, value));
        if inner.index.is_none() && inner.list.len() > SCAN_LIMIT {
            inner.build_index();
        }
    }
}

impl Entries {
    fn build_index(&mut self) {
        if self.list.len() > SCAN_LIMIT {
            self.index = Some(self.list.iter().enumerate().map(|(i, (k, _))| (k.clone(), i)).collect());
        }
    }
}

impl fmt::Debug for AdditionalProperties {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.entries().iter().map(|(k, v)| (k, v.get()))).finish()
    }
}

impl PartialEq for AdditionalProperties {
    /// Entries compare by key and exact JSON text, in order.
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.entries(), other.entries());
        a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.0 == b.0 && a.1.get() == b.1.get())
    }
}

/// Static facts about a Graph type, used for `@odata.type` checks and by tools comparing a model with CSDL.
#[derive(Debug)]
pub struct TypeInfo {
    /// The qualified name without `#`, e.g. `microsoft.graph.restorePoint`; empty for a complex type
    /// that is no CSDL type (declared without `odata_type`, written without `@odata.type`).
    pub name: &'static str,
    /// The Rust type's name, e.g. `RestorePoint`.
    pub rust_name: &'static str,
    /// The Rust type's path, e.g. `graph_model::backup_restore::points::RestorePoint`: which crate
    /// registered it, when two types share a name ([`TypeInfo::conflicts`]).
    pub rust_path: &'static str,
    /// The same with the leading `#`, as Graph writes it in `@odata.type`.
    pub hashed_name: &'static str,
    /// What kind of type this is.
    pub kind: TypeKind,
    /// The base type, if any.
    pub base: Option<&'static TypeInfo>,
    /// The declared properties, base properties excluded.
    pub properties: &'static [PropertyInfo],
    /// The members of an enum type, in declaration order (empty for other kinds).
    pub members: &'static [EnumMember],
}

/// One member of an enum type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EnumMember {
    /// The wire string.
    pub name: &'static str,
    /// The CSDL value, where declared.
    pub value: Option<i64>,
}

/// The CSDL kind of a type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// `EntityType`.
    Entity,
    /// `ComplexType`.
    Complex,
    /// `EnumType`.
    Enum,
}

/// Whether a property is a structural property or a navigation property, and how it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PropertyKind {
    /// A structural property (`Property` in CSDL).
    Structural,
    /// A navigation property (`NavigationProperty` in CSDL).
    Navigation,
    /// The `@delta` form of a navigation collection (`driveRestoreArtifacts@delta`).
    Delta,
}

/// One declared property of a Graph type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PropertyInfo {
    /// The Rust field name.
    pub rust_name: &'static str,
    /// The JSON key.
    pub wire_name: &'static str,
    /// The Edm or qualified type name of the value (or of each element of a collection).
    pub edm_type: &'static str,
    /// Whether `null` is a valid value (CSDL `Nullable`).
    pub nullable: bool,
    /// Whether the property is a collection.
    pub collection: bool,
    /// Whether the service computes the property, so that it never appears in a PATCH body.
    pub read_only: bool,
    /// Structural, navigation or delta.
    pub kind: PropertyKind,
}

impl TypeInfo {
    /// Whether `self` is `ancestor` or derives from it, directly or not.
    pub fn derives_from(&self, ancestor: &TypeInfo) -> bool {
        let mut at = Some(self);
        while let Some(info) = at {
            if info.name == ancestor.name {
                return true;
            }
            at = info.base;
        }
        false
    }

    /// The declared property with this JSON key, in this type or a base.
    pub fn find_property(&self, wire_name: &str) -> Option<&'static PropertyInfo> {
        let mut at = Some(self);
        while let Some(info) = at {
            if let Some(p) = info.properties.iter().find(|p| p.wire_name == wire_name) {
                return Some(p);
            }
            at = info.base;
        }
        None
    }

    /// The properties of this type and all its bases, bases first.
    pub fn all_properties(&self) -> Vec<&'static PropertyInfo> {
        let mut chain = Vec::new();
        let mut at = Some(self);
        while let Some(info) = at {
            chain.push(info);
            at = info.base;
        }
        chain.iter().rev().flat_map(|info| info.properties.iter()).collect()
    }
}

/// Compares two type names as OData does here: an optional leading `#`, letter case ignored.
pub(crate) fn type_name_matches(received: &str, info: &TypeInfo) -> bool {
    received == info.hashed_name || {
        let bare = received.strip_prefix('#').unwrap_or(received);
        bare.eq_ignore_ascii_case(info.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TAGS: [fn() -> ODataTypeTag; 5] = [
        || ODataTypeTag::Canonical,
        || ODataTypeTag::Omitted,
        || ODataTypeTag::ReceivedCanonical,
        || ODataTypeTag::ReceivedWithoutHash,
        || ODataTypeTag::Verbatim("#Microsoft.Graph.restoreSession".into()),
    ];
    const KEYS: [ODataTypeKey; 2] = [ODataTypeKey::ODataType, ODataTypeKey::Short];

    /// The variant's name, which `ODataTypeTag`'s equality does not compare (`Canonical` equals
    /// `ReceivedCanonical`).
    fn variant(tag: &ODataTypeTag) -> String {
        format!("{tag:?}")
    }

    #[test]
    fn metadata_crosses_threads() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<ODataMeta>();
        let meta = ODataMeta::with_type(ODataTypeTag::Verbatim("#x.y".into()), ODataTypeKey::Short);
        let back = std::thread::spawn(move || meta).join().unwrap();
        assert_eq!(variant(back.type_tag()), variant(&ODataTypeTag::Verbatim("#x.y".into())));
    }

    #[test]
    fn metadata_is_two_words() {
        assert_eq!(std::mem::size_of::<ODataMeta>(), 2 * std::mem::size_of::<usize>());
        assert_eq!(std::mem::size_of::<Option<ODataMeta>>(), 2 * std::mem::size_of::<usize>());
    }

    #[test]
    fn every_tag_and_key_is_kept_exactly() {
        for make in TAGS {
            for key in KEYS {
                let meta = ODataMeta::with_type(make(), key);
                assert_eq!(variant(meta.type_tag()), variant(&make()));
                assert_eq!(meta.type_key(), key);
                assert_eq!(meta.owns_nothing(), !matches!(make(), ODataTypeTag::Verbatim(_)));

                let copy = meta.clone();
                assert_eq!(variant(copy.type_tag()), variant(&make()));
                assert_eq!(copy.type_key(), key);
                assert_eq!(copy, meta);
                drop(meta);
                // The clone owns its own text.
                assert_eq!(variant(copy.type_tag()), variant(&make()));
            }
        }
    }

    #[test]
    fn setters_change_one_part_only() {
        for from in TAGS {
            for to in TAGS {
                for key in KEYS {
                    let mut meta = ODataMeta::with_type(from(), key);
                    meta.set_type_tag(to());
                    assert_eq!(variant(meta.type_tag()), variant(&to()));
                    assert_eq!(meta.type_key(), key);
                    for other in KEYS {
                        meta.set_type_key(other);
                        assert_eq!(meta.type_key(), other);
                        assert_eq!(variant(meta.type_tag()), variant(&to()));
                    }
                }
            }
        }
    }

    #[test]
    fn equality_and_debug_read_through_the_word() {
        let verbatim = || ODataTypeTag::Verbatim("#microsoft.graph.Identity".into());
        assert_eq!(
            ODataMeta::default(),
            ODataMeta::with_type(ODataTypeTag::ReceivedCanonical, ODataTypeKey::ODataType)
        );
        assert_ne!(ODataMeta::default(), ODataMeta::with_type(ODataTypeTag::Canonical, ODataTypeKey::Short));
        assert_ne!(ODataMeta::default(), ODataMeta::with_type(ODataTypeTag::Omitted, ODataTypeKey::ODataType));
        // An omitted annotation writes no key either.
        assert_eq!(
            ODataMeta::with_type(ODataTypeTag::Omitted, ODataTypeKey::Short),
            ODataMeta::with_type(ODataTypeTag::Omitted, ODataTypeKey::ODataType)
        );
        assert_eq!(
            ODataMeta::with_type(verbatim(), ODataTypeKey::Short),
            ODataMeta::with_type(verbatim(), ODataTypeKey::Short)
        );
        assert_ne!(
            ODataMeta::with_type(verbatim(), ODataTypeKey::Short),
            ODataMeta::with_type(ODataTypeTag::Verbatim("#microsoft.graph.identity".into()), ODataTypeKey::Short)
        );
        let mut meta = ODataMeta::with_type(verbatim(), ODataTypeKey::Short);
        meta.additional.insert("a", RawValue::from_string("1".into()).unwrap());
        assert_eq!(
            format!("{meta:?}"),
            r##"ODataMeta { type_tag: Verbatim("#microsoft.graph.Identity"), type_key: Short, additional: {"a": "1"} }"##
        );
        assert!(!meta.owns_nothing());
    }
}
