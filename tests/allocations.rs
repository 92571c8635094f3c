//! Allocations made while reading, counted by this test binary's allocator on the reading thread alone
//! (tests run on several threads). Issue 15's targets: no allocation for a known enum or flags member,
//! and no more allocations for a value without undeclared data than the hand-written structs make.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use graph_model::Flags;
use graph_model::backup_restore::{DriveRestoreArtifact, RestorePointTags, RestoreSessionStatus};

struct Counting;

thread_local! {
    static COUNT: Cell<usize> = const { Cell::new(0) };
    /// Allocations not yet freed (allocated on this thread, or freed on it).
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

// SAFETY: every call is passed on to the system allocator unchanged; the count is a thread-local cell
// with a constant initializer, which touching does not allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        COUNT.with(|c| c.set(c.get() + 1));
        LIVE.with(|c| c.set(c.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.with(|c| c.set(c.get() - 1));
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        COUNT.with(|c| c.set(c.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The allocations `f` makes on this thread, with its result.
fn counted<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = COUNT.with(Cell::get);
    let value = f();
    (COUNT.with(Cell::get) - before, value)
}

#[test]
fn a_known_enum_member_reads_without_allocating() {
    for text in [r#""completed""#, r#""draft""#, r#""unknownFutureValue""#] {
        let (n, status) = counted(|| serde_json::from_str::<RestoreSessionStatus>(text).unwrap());
        assert_eq!(n, 0, "{text}");
        assert!(status.is_known());
    }
    // The counter sees the allocation an unknown member needs (it is kept).
    let (n, status) = counted(|| serde_json::from_str::<RestoreSessionStatus>(r#""archived""#).unwrap());
    assert_eq!(n, 1);
    assert_eq!(status.to_string(), "archived");
}

#[test]
fn a_known_flags_member_reads_without_allocating() {
    for text in [r#""fastRestore""#, r#""none""#, r#""includeNewerItems""#] {
        let (n, flags) = counted(|| serde_json::from_slice::<Flags<RestorePointTags>>(text.as_bytes()).unwrap());
        assert_eq!(n, 0, "{text}");
        assert_eq!(serde_json::to_string(&flags).unwrap(), text);
    }
    // Two members are kept in a list, and an unknown member's name is kept.
    let (n, flags) = counted(|| serde_json::from_str::<Flags<RestorePointTags>>(r#""fastRestore,later""#).unwrap());
    assert!(n >= 2, "{n}");
    assert_eq!(flags.to_string(), "fastRestore,later");
}

/// A drive restore artifact as Graph lists it: one allocation per string and one for the boxed restore
/// point, 6 in all (the hand-written structs make 7: they also keep `@odata.type` as a `String`).
#[test]
fn an_artifact_without_undeclared_data_allocates_once_per_string_and_box() {
    let text = r##"{"@odata.type":"#microsoft.graph.driveRestoreArtifact","id":"7f1c2b34-0000-4d00-a01a-000000000001","status":"succeeded","destinationType":"inPlace","startDateTime":"2024-03-01T10:15:30.1234567Z","completionDateTime":"2024-03-01T10:16:02.5Z","error":null,"restorePoint":{"id":"rp-1","protectionDateTime":"2024-02-29T23:00:00Z","expirationDateTime":"2025-02-28T23:00:00Z","tags":"fastRestore"},"restoredSiteId":"site-1","restoredSiteName":"Site 1","restoredSiteWebUrl":"https://contoso.sharepoint.com/sites/s1"}"##;
    let (n, artifact) = counted(|| serde_json::from_slice::<DriveRestoreArtifact>(text.as_bytes()).unwrap());
    assert_eq!(n, 6);
    // `from_str` hands the document's text to the reader compiled with the type: serde_json finds where
    // the value ends first, with one allocation (its stack of open arrays and objects), then the same 6.
    let (n, from_str) = counted(|| serde_json::from_str::<DriveRestoreArtifact>(text).unwrap());
    assert_eq!((n, &from_str), (7, &artifact));
    let point = artifact.restore_point.as_value().expect("a restore point");
    assert_eq!(point.id.as_deref(), Some("rp-1"));
    let written = serde_json::to_string(&artifact).unwrap();
    assert_eq!(serde_json::from_str::<DriveRestoreArtifact>(&written).unwrap(), artifact);
    let (n, _) = counted(|| serde_json::from_reader::<_, DriveRestoreArtifact>(text.as_bytes()).unwrap());
    // A reader cannot lend its text: each string is read into a scratch buffer first (serde_json's own
    // allocation, at most one per value that needs it), never fewer than the 6 above.
    assert!(n >= 6, "{n}");
}

#[test]
fn replacing_metadata_frees_what_it_held() {
    use graph_model::{ODataMeta, ODataTypeKey, ODataTypeTag};
    use serde_json::value::RawValue;

    let live = || LIVE.with(Cell::get);
    let before = live();
    {
        // A list of undeclared properties emptied again (still allocated), then a verbatim type name (boxed).
        let mut emptied = ODataMeta::default();
        emptied.additional.insert("note", RawValue::from_string("1".to_owned()).unwrap());
        assert!(emptied.additional.remove("note").is_some());
        let verbatim =
            ODataMeta::with_type(ODataTypeTag::Verbatim("#Microsoft.Graph.Identity".into()), ODataTypeKey::Short);
        for mut held in [emptied, verbatim] {
            assert!(live() > before);
            ODataMeta::replace_at(&mut held, ODataMeta::default());
            assert_eq!(held, ODataMeta::default());
        }
        assert_eq!(live(), before, "replace_at freed what the old metadata held");

        // A clone owns its own verbatim name.
        let named = ODataMeta::with_type(ODataTypeTag::Verbatim("#x.y".into()), ODataTypeKey::ODataType);
        let copy = named.clone();
        drop(named);
        assert_eq!(copy.type_tag(), &ODataTypeTag::Verbatim("#x.y".into()));
    }
    assert_eq!(live(), before);
}
