//! [`CollectionResponse`]: the body of a `GET` that lists entities.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::de::KeySeed;
use crate::meta::AdditionalProperties;

/// A page of a collection: `value` and the control annotations, everything else kept.
///
/// ```
/// use graph_model::{CollectionResponse, graph_entity};
///
/// #[graph_entity(odata_type = "microsoft.graph.restorePoint")]
/// pub struct RestorePoint { pub id: Option<String> }
///
/// let page: CollectionResponse<RestorePoint> = graph_model::from_str(r#"{
///     "@odata.context": "https://graph.microsoft.com/beta/$metadata#restorePoints",
///     "@odata.nextLink": "https://graph.microsoft.com/beta/solutions/backupRestore/restorePoints?$skiptoken=2",
///     "value": [{"id": "1"}, {"id": "2"}]
/// }"#)?;
/// assert_eq!(page.value.len(), 2);
/// assert!(page.next_link.as_deref().unwrap().ends_with("skiptoken=2"));
/// # Ok::<(), graph_model::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct CollectionResponse<T> {
    /// The items of this page.
    pub value: Vec<T>,
    /// `@odata.context`.
    pub context: Option<String>,
    /// `@odata.count`, when `$count=true` was asked.
    pub count: Option<i64>,
    /// `@odata.nextLink`: the URL of the next page.
    pub next_link: Option<String>,
    /// `@odata.deltaLink`: the URL to ask for changes since this response.
    pub delta_link: Option<String>,
    /// Every other key, kept as exact JSON.
    pub additional: AdditionalProperties,
}

/// The keys a page declares.
const PAGE_KEYS: [&str; 5] = ["value", "@odata.context", "@odata.count", "@odata.nextLink", "@odata.deltaLink"];

impl<T> Default for CollectionResponse<T> {
    fn default() -> Self {
        CollectionResponse {
            value: Vec::new(),
            context: None,
            count: None,
            next_link: None,
            delta_link: None,
            additional: AdditionalProperties::new(),
        }
    }
}

impl<T: Serialize> Serialize for CollectionResponse<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::de::refuse_reserved_keys(&self.additional, &PAGE_KEYS, "page")?;
        let mut map = serializer.serialize_map(None)?;
        if let Some(v) = &self.context {
            map.serialize_entry("@odata.context", v)?;
        }
        if let Some(v) = &self.count {
            map.serialize_entry("@odata.count", v)?;
        }
        map.serialize_entry("value", &self.value)?;
        if let Some(v) = &self.next_link {
            map.serialize_entry("@odata.nextLink", v)?;
        }
        if let Some(v) = &self.delta_link {
            map.serialize_entry("@odata.deltaLink", v)?;
        }
        for (k, v) in self.additional.iter() {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for CollectionResponse<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = CollectionResponse<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a collection response object with `value`")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                crate::scope::take_untagged();
                let _level = crate::scope::enter()?;
                visit_page(map).map_err(crate::scope::leaving)
            }
        }
        deserializer.deserialize_map(V(PhantomData))
    }
}

fn visit_page<'de, T: Deserialize<'de>, A: MapAccess<'de>>(mut map: A) -> Result<CollectionResponse<T>, A::Error> {
    fn set<T, E: de::Error>(slot: &mut Option<T>, value: T, key: &'static str) -> Result<(), E> {
        if slot.is_some() {
            return Err(E::duplicate_field(key));
        }
        *slot = Some(value);
        Ok(())
    }
    let mut out = CollectionResponse::default();
    let mut value = None;
    while let Some(key) = map.next_key_seed(KeySeed::<CollectionResponse<T>>::NEW)? {
        let at = |e| crate::scope::at(crate::scope::Segment::Key(&key), e);
        match &*key {
            "value" => {
                let items = map.next_value_seed(crate::de::Elements(PhantomData)).map_err(at)?;
                set(&mut value, items, "value")?
            }
            "@odata.context" => set(&mut out.context, map.next_value().map_err(at)?, "@odata.context")?,
            "@odata.count" => set(&mut out.count, map.next_value().map_err(at)?, "@odata.count")?,
            "@odata.nextLink" => set(&mut out.next_link, map.next_value().map_err(at)?, "@odata.nextLink")?,
            "@odata.deltaLink" => set(&mut out.delta_link, map.next_value().map_err(at)?, "@odata.deltaLink")?,
            _ => {
                let raw = map.next_value_seed(crate::de::KeptValueSeed).map_err(at)?;
                out.additional.push_unique::<A::Error>(key, raw)?;
            }
        }
    }
    out.value = value.ok_or_else(|| de::Error::missing_field("value"))?;
    Ok(out)
}
