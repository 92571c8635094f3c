//! JSON text kept earlier, split into its structure ([`Node`]) and read again.
//!
//! [`Node::parse`] splits text once, in time linear in its length, without recursing past the nesting
//! limit; [`crate::late_tag`] uses the structure to find every object's type annotation in the text a
//! family reads again, and [`crate::compiled`] to write a value to a serializer other than serde_json's
//! own. A [`NodeDeserializer`] reads a node as a value: objects present their type annotation first, and
//! an object without one says so ([`scope::untagged`]), so no family inside keeps anything. It reads the
//! delta annotations a failed entry kept as text ([`read`]). Scalars are read by serde_json from their
//! own text, so they behave exactly as in a direct parse. Nesting is counted from the document's root
//! ([`scope::depth`]).

use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::scope;

/// serde_json's name for its raw-value protocol (`serde_json::raw::TOKEN`): a deserializer asked for a
/// newtype of this name hands over the value's exact text.
pub(crate) const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

/// One value of buffered text: byte offsets into the text it was split from.
#[derive(Debug)]
pub(crate) enum Node {
    Scalar {
        start: usize,
        end: usize,
    },
    Object {
        start: usize,
        end: usize,
        entries: Vec<(usize, usize, Node)>,
        tag: Option<usize>,
    },
    Array {
        start: usize,
        end: usize,
        items: Vec<Node>,
    },
    /// An array or object nested deeper than the document may be: an error wherever it is read.
    TooDeep {
        start: usize,
        end: usize,
    },
}

impl Node {
    pub(crate) fn span(&self) -> (usize, usize) {
        match self {
            Node::Scalar { start, end }
            | Node::Object { start, end, .. }
            | Node::Array { start, end, .. }
            | Node::TooDeep { start, end } => (*start, *end),
        }
    }

    /// Splits one JSON value (serde_json has checked its syntax) into its structure; arrays and objects
    /// deeper than `max_depth` become [`Node::TooDeep`].
    pub(crate) fn parse(text: &str, max_depth: usize) -> Result<Node, &'static str> {
        // Most buffered values are scalars: serde_json has checked the text is one value, so there is
        // nothing to split.
        if !matches!(text.as_bytes().first(), Some(b'{' | b'[' | b' ' | b'\t' | b'\n' | b'\r')) {
            return Ok(Node::Scalar { start: 0, end: text.len() });
        }
        let mut splitter = Splitter { bytes: text.as_bytes(), pos: 0, max_depth };
        let node = splitter.value(0)?;
        splitter.skip_ws();
        if splitter.pos != splitter.bytes.len() {
            return Err("trailing characters in buffered text");
        }
        Ok(node)
    }
}

const MALFORMED: &str = "malformed buffered text";

struct Splitter<'a> {
    bytes: &'a [u8],
    pos: usize,
    max_depth: usize,
}

impl Splitter<'_> {
    fn skip_ws(&mut self) {
        while matches!(self.bytes.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn expect(&mut self, byte: u8) -> Result<(), &'static str> {
        self.skip_ws();
        if self.peek() != Some(byte) {
            return Err(MALFORMED);
        }
        self.pos += 1;
        Ok(())
    }

    /// The span of a string starting at the current position, quotes included.
    fn string(&mut self) -> Result<(usize, usize), &'static str> {
        let start = self.pos;
        self.pos += 1;
        loop {
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok((start, self.pos));
                }
                Some(b'\\') => self.pos += 2,
                Some(_) => self.pos += 1,
                None => return Err(MALFORMED),
            }
        }
    }

    /// Skips the array or object at `start` without recursing.
    fn too_deep(&mut self, start: usize) -> Result<Node, &'static str> {
        let mut open = 0usize;
        loop {
            match self.peek().ok_or(MALFORMED)? {
                b'"' => {
                    self.string()?;
                    continue;
                }
                b'[' | b'{' => open += 1,
                b']' | b'}' => open -= 1,
                _ => {}
            }
            self.pos += 1;
            if open == 0 {
                return Ok(Node::TooDeep { start, end: self.pos });
            }
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, &'static str> {
        self.skip_ws();
        let start = self.pos;
        match self.peek().ok_or(MALFORMED)? {
            b'{' | b'[' if depth + 1 > self.max_depth => self.too_deep(start),
            b'{' => {
                self.pos += 1;
                let mut entries = Vec::new();
                let mut tag = None;
                self.skip_ws();
                if self.peek() == Some(b'}') {
                    self.pos += 1;
                } else {
                    loop {
                        self.skip_ws();
                        if self.peek() != Some(b'"') {
                            return Err(MALFORMED);
                        }
                        let (ks, ke) = self.string()?;
                        if tag.is_none() && matches!(&self.bytes[ks..ke], b"\"@odata.type\"" | b"\"@type\"") {
                            tag = Some(entries.len());
                        }
                        self.expect(b':')?;
                        let value = self.value(depth + 1)?;
                        entries.push((ks, ke, value));
                        self.skip_ws();
                        match self.peek() {
                            Some(b',') => self.pos += 1,
                            Some(b'}') => {
                                self.pos += 1;
                                break;
                            }
                            _ => return Err(MALFORMED),
                        }
                    }
                }
                Ok(Node::Object { start, end: self.pos, entries, tag })
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                self.skip_ws();
                if self.peek() == Some(b']') {
                    self.pos += 1;
                } else {
                    loop {
                        items.push(self.value(depth + 1)?);
                        self.skip_ws();
                        match self.peek() {
                            Some(b',') => self.pos += 1,
                            Some(b']') => {
                                self.pos += 1;
                                break;
                            }
                            _ => return Err(MALFORMED),
                        }
                    }
                }
                Ok(Node::Array { start, end: self.pos, items })
            }
            b'"' => {
                let (start, end) = self.string()?;
                Ok(Node::Scalar { start, end })
            }
            _ => {
                while !matches!(self.peek(), None | Some(b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r')) {
                    self.pos += 1;
                }
                if self.pos == start {
                    return Err(MALFORMED);
                }
                Ok(Node::Scalar { start, end: self.pos })
            }
        }
    }
}

/// The text a [`Node`] was split from, owned by the caller (values are copied out of it). `'de` is the
/// lifetime of the values read, which cannot borrow from it.
#[derive(Clone, Copy)]
pub(crate) struct Text<'a, 'de>(&'a str, PhantomData<&'de str>);

impl<'a, 'de> Text<'a, 'de> {
    /// Text owned by the caller.
    pub(crate) fn owned(text: &'a str) -> Self {
        Text(text, PhantomData)
    }

    fn as_str(&self) -> &str {
        self.0
    }

    /// The content of the JSON string at `span` if it has no escapes (nothing to decode), handed to
    /// `visitor` borrowed from the input when the input lends it.
    fn visit_plain_string<V: Visitor<'de>, E: de::Error>(
        self,
        (start, end): (usize, usize),
        visitor: V,
    ) -> Result<Result<V::Value, E>, V> {
        let text = self.as_str().as_bytes();
        if end - start < 2 || text[start] != b'"' || text[start + 1..end - 1].contains(&b'\\') {
            return Err(visitor);
        }
        Ok(visitor.visit_str(&self.0[start + 1..end - 1]))
    }
}

/// Reads the text `$span` of `$text` with a serde_json deserializer bound to `$de`, then evaluates
/// `$call`; serde_json's positions are relative to the piece and are dropped.
macro_rules! with_json {
    ($text:expr, $span:expr, |$de:ident| $call:expr) => {{
        let (start, end) = $span;
        let result = {
            let $de = &mut serde_json::Deserializer::from_reader($text.0[start..end].as_bytes());
            $call
        };
        result.map_err(|e| E::custom(crate::error::message_without_position(&e)))
    }};
}

/// A deserializer over one node of buffered text.
pub(crate) struct NodeDeserializer<'a, 'de, E> {
    text: Text<'a, 'de>,
    node: &'a Node,
    error: PhantomData<E>,
}

impl<'a, 'de, E> NodeDeserializer<'a, 'de, E> {
    pub(crate) fn new(text: Text<'a, 'de>, node: &'a Node) -> Self {
        NodeDeserializer { text, node, error: PhantomData }
    }
}

impl<'a, 'de, E: de::Error> NodeDeserializer<'a, 'de, E> {
    fn visit_object<V: Visitor<'de>>(
        self,
        entries: &'a [(usize, usize, Node)],
        tag: Option<usize>,
        visitor: V,
    ) -> Result<V::Value, E> {
        let map = NodeMap {
            text: self.text,
            entries,
            tag,
            next: 0,
            tag_pending: tag.is_some(),
            next_value: 0,
            error: PhantomData,
        };
        match tag {
            Some(_) => {
                scope::take_untagged();
                visitor.visit_map(map)
            }
            None => scope::untagged(|| visitor.visit_map(map)),
        }
    }

    fn visit_array<V: Visitor<'de>>(self, items: &'a [Node], visitor: V) -> Result<V::Value, E> {
        visitor.visit_seq(NodeSeq { text: self.text, items: items.iter(), error: PhantomData })
    }
}

macro_rules! delegate {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
                with_json!(self.text, self.node.span(), |de| de.$method(visitor))
            }
        )*
    };
}

impl<'a, 'de, E: de::Error> Deserializer<'de> for NodeDeserializer<'a, 'de, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.node {
            Node::TooDeep { .. } => Err(scope::too_deep()),
            Node::Object { entries, tag, .. } => self.visit_object(entries, *tag, visitor),
            Node::Array { items, .. } => self.visit_array(items, visitor),
            Node::Scalar { .. } => match self.text.visit_plain_string(self.node.span(), visitor) {
                Ok(result) => result,
                Err(visitor) => with_json!(self.text, self.node.span(), |de| de.deserialize_any(visitor)),
            },
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.node {
            Node::TooDeep { .. } => Err(scope::too_deep()),
            Node::Object { entries, tag, .. } => self.visit_object(entries, *tag, visitor),
            _ => with_json!(self.text, self.node.span(), |de| de.deserialize_map(visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        match self.node {
            Node::TooDeep { .. } => Err(scope::too_deep()),
            Node::Object { entries, tag, .. } => self.visit_object(entries, *tag, visitor),
            _ => with_json!(self.text, self.node.span(), |de| de.deserialize_struct(name, fields, visitor)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.node {
            Node::TooDeep { .. } => Err(scope::too_deep()),
            Node::Array { items, .. } => self.visit_array(items, visitor),
            _ => with_json!(self.text, self.node.span(), |de| de.deserialize_seq(visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, E> {
        match self.node {
            Node::TooDeep { .. } => Err(scope::too_deep()),
            Node::Array { items, .. } => self.visit_array(items, visitor),
            _ => with_json!(self.text, self.node.span(), |de| de.deserialize_tuple(len, visitor)),
        }
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, E> {
        match self.node {
            Node::TooDeep { .. } => Err(scope::too_deep()),
            Node::Array { items, .. } => self.visit_array(items, visitor),
            _ => with_json!(self.text, self.node.span(), |de| de.deserialize_tuple_struct(name, len, visitor)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        let (start, end) = self.node.span();
        if &self.text.as_str()[start..end] == "null" { visitor.visit_none() } else { visitor.visit_some(self) }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, E> {
        if let Node::TooDeep { .. } = self.node {
            return Err(scope::too_deep());
        }
        if name == RAW_VALUE_TOKEN {
            // A raw value is the node's exact text.
            return with_json!(self.text, self.node.span(), |de| de.deserialize_newtype_struct(name, visitor));
        }
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        with_json!(self.text, self.node.span(), |de| de.deserialize_enum(name, variants, visitor))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, E> {
        with_json!(self.text, self.node.span(), |de| de.deserialize_unit_struct(name, visitor))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_unit()
    }

    delegate! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128 deserialize_f32
        deserialize_f64 deserialize_char deserialize_bytes deserialize_byte_buf deserialize_unit
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.text.visit_plain_string(self.node.span(), visitor) {
            Ok(result) => result,
            Err(visitor) => with_json!(self.text, self.node.span(), |de| de.deserialize_str(visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        self.deserialize_str(visitor)
    }
}

struct NodeMap<'a, 'de, E> {
    text: Text<'a, 'de>,
    entries: &'a [(usize, usize, Node)],
    tag: Option<usize>,
    next: usize,
    tag_pending: bool,
    /// The entry whose key was read last.
    next_value: usize,
    error: PhantomData<E>,
}

impl<'a, 'de, E: de::Error> NodeMap<'a, 'de, E> {
    /// The index of the next entry: the type annotation first, then the others in order.
    fn advance(&mut self) -> Option<usize> {
        if self.tag_pending {
            self.tag_pending = false;
            return self.tag;
        }
        if self.tag == Some(self.next) {
            self.next += 1;
        }
        let i = self.next;
        if i >= self.entries.len() {
            return None;
        }
        self.next += 1;
        Some(i)
    }
}

impl<'a, 'de, E: de::Error> MapAccess<'de> for NodeMap<'a, 'de, E> {
    type Error = E;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, E> {
        let Some(i) = self.advance() else { return Ok(None) };
        let (start, end, _) = &self.entries[i];
        // The value read next is this entry's.
        self.next_value = i;
        seed.deserialize(KeyDeserializer { text: self.text, span: (*start, *end), error: PhantomData }).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, E> {
        let node = &self.entries[self.next_value].2;
        seed.deserialize(NodeDeserializer::new(self.text, node))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// An object key of buffered text: a JSON string.
struct KeyDeserializer<'a, 'de, E> {
    text: Text<'a, 'de>,
    span: (usize, usize),
    error: PhantomData<E>,
}

impl<'a, 'de, E: de::Error> Deserializer<'de> for KeyDeserializer<'a, 'de, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.text.visit_plain_string(self.span, visitor) {
            Ok(result) => result,
            Err(visitor) => with_json!(self.text, self.span, |de| de.deserialize_str(visitor)),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

struct NodeSeq<'a, 'de, E> {
    text: Text<'a, 'de>,
    items: std::slice::Iter<'a, Node>,
    error: PhantomData<E>,
}

impl<'a, 'de, E: de::Error> SeqAccess<'de> for NodeSeq<'a, 'de, E> {
    type Error = E;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, E> {
        match self.items.next() {
            Some(node) => seed.deserialize(NodeDeserializer::new(self.text, node)).map(Some),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// Reads `raw` (one JSON value) into `seed` at the current nesting depth.
pub(crate) fn read<'a, 'de, S: DeserializeSeed<'de>, E: de::Error>(
    text: Text<'a, 'de>,
    seed: S,
) -> Result<S::Value, E> {
    let node = Node::parse(text.as_str(), scope::MAX_DEPTH.saturating_sub(scope::depth()))
        .map_err(|why| if why == "too deep" { scope::too_deep() } else { E::custom(why) })?;
    scope::replaying(|| seed.deserialize(NodeDeserializer::new(text, &node)))
}
