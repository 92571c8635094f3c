//! Which area (cargo feature of `graph-v1`) each type of the v1.0 schema goes to, and what that leaves
//! out of each area compiled alone.
//!
//! - Entity types of `microsoft.graph` go where whole words of their names say ([`AREAS`], with the
//!   directory's words first).
//! - Enums and complex types go where the types holding them are: a value type belongs with its users, so
//!   that an area compiled alone has the values of its own types (`chatMessagePolicyViolationUserActionTypes`
//!   goes with `chatMessage`'s policy violation to `teams`, though its name has `User`); one held in
//!   several areas goes to core. Types nothing holds go by their names; what neither places is `other`.
//! - Types of other namespaces go to their namespace's area; `entity`, `directoryObject`, `InnerError` and
//!   every base used by another area than its own are `core`, always compiled.
//! - A property whose type is in another area than its owner's (and not in core) is compiled only with
//!   that area: [`compiled_out`] lists them.

use std::collections::{BTreeMap, HashMap};

use crate::csdl::{Kind, Model, TypeDef};
use crate::naming::module_path;

/// The `microsoft.graph` areas and the words of type names that put a type there (first match wins). An
/// entry matches whole words of the camelCase name: one word (`call` in `callRecord`, not in `recall`),
/// or several in a row written together (`devicemanagement` in `deviceManagementScript`). Types of other
/// namespaces go to the area named by their module path.
pub(crate) const AREAS: &[(&str, &str, &[&str])] = &[
    ("education", "Education: classes, schools, assignments, submissions.", &["education"]),
    ("planner", "Planner: plans, buckets, tasks and their details.", &["planner"]),
    (
        "device_management",
        "Intune device management and app management.",
        &[
            "devicemanagement",
            "deviceappmanagement",
            "intune",
            "android",
            "ios",
            "macos",
            "windows",
            "mobileapp",
            "managedapp",
            "manageddevice",
            "manageddevice",
            "mobilethreat",
            "deviceconfiguration",
            "devicecompliance",
            "deviceenrollment",
            "enrollment",
            "vpp",
            "termsandconditions",
            "devicecategory",
            "notificationmessagetemplate",
            "remoteassistance",
            "importeddevice",
            "softwareupdate",
            "appleconfiguration",
            "applepush",
            "depenrollment",
            "telecomexpense",
            "rolescope",
            "targetedmanaged",
            "edition",
            "managede",
            "mdm",
            "sharedpc",
            "kiosk",
            "defender",
            "bitlocker",
            "firewall",
            "onpremisesconditionalaccess",
            "resourceoperation",
            "deviceandappmanagement",
            "devicehealth",
            "cloudpc",
            "userexperienceanalytics",
        ],
    ),
    ("print", "Universal Print.", &["print"]),
    (
        "teams",
        "Teams, channels, chats and their messages, apps and tabs.",
        &[
            "team",
            "channel",
            "chat",
            "conversationmember",
            "shift",
            "schedule",
            "timeoff",
            "openshift",
            "swaprequest",
            "offerShift",
            "timecard",
            "workforce",
        ],
    ),
    (
        "communications",
        "Calls, online meetings, presence and call records.",
        &[
            "call",
            "onlinemeeting",
            "presence",
            "participant",
            "media",
            "meetingattendance",
            "virtualevent",
            "broadcast",
            "audioconferencing",
            "communications",
            "teleconference",
            "recording",
            "transcript",
            "attendancerecord",
            "tone",
            "invitation",
        ],
    ),
    (
        "identity_governance",
        "Identity governance: entitlement management, access reviews, lifecycle workflows, privileged access, terms of use.",
        &[
            "accesspackage",
            "accessreview",
            "entitlement",
            "governance",
            "privilegedaccess",
            "approval",
            "agreement",
            "termsofuse",
            "lifecycle",
            "workflow",
            "unifiedrolemanagementpolicy",
            "unifiedroleassignmentschedule",
            "unifiedroleeligibility",
            "userconsentrequest",
            "connectedorganization",
            "customcallout",
            "customextension",
            "customtaskextension",
        ],
    ),
    (
        "security",
        "Security: alerts, incidents, threat intelligence, eDiscovery, risk and identity protection.",
        &[
            "security",
            "threat",
            "alert",
            "incident",
            "attacksimulation",
            "simulation",
            "risk",
            "ediscovery",
            "identityprotection",
            "secure",
            "informationprotection",
            "sensitivity",
            "compliance",
            "threatassessment",
        ],
    ),
    (
        "reports",
        "Reports and audit logs: usage reports, sign-ins, directory audits, provisioning.",
        &["report", "usage", "auditlog", "signin", "directoryaudit", "provisioning", "auditactivity", "audit"],
    ),
    (
        "mail",
        "Mail and contacts: messages, attachments, mail folders, rules, contacts, Outlook items.",
        &[
            "message",
            "mail",
            "attachment",
            "inferenceclassification",
            "outlook",
            "contact",
            "recipient",
            "internetmessageheader",
            "followupflag",
            "mentions",
        ],
    ),
    (
        "calendar",
        "Calendars, events, attendees, recurrence, bookings, places and meeting times.",
        &[
            "event",
            "calendar",
            "attendee",
            "recurrence",
            "meeting",
            "booking",
            "place",
            "room",
            "workspace",
            "freebusy",
            "timeslot",
            "location",
            "reminder",
            "schedule",
            "workinghours",
            "timezone",
            "automaticreplies",
        ],
    ),
    (
        "files",
        "Files and sites: drives, drive items, SharePoint sites and lists, permissions, OneNote, file storage.",
        &[
            "drive",
            "site",
            "list",
            "sharepoint",
            "column",
            "contenttype",
            "document",
            "sharing",
            "permission",
            "onenote",
            "notebook",
            "section",
            "page",
            "filestorage",
            "thumbnail",
            "sharedinsight",
            "itemactivity",
            "fieldvalue",
            "term",
            "file",
            "folder",
            "package",
            "bundle",
            "audio",
            "video",
            "photo",
            "image",
            "album",
            "remoteitem",
            "storage",
            "recycle",
            "webpart",
            "canvas",
            "horizontalsection",
            "textwebpart",
            "standardwebpart",
            "vertical",
            "pages",
        ],
    ),
    (
        "applications",
        "Applications, service principals, permissions grants, synchronization, federation and policies.",
        &[
            "application",
            "serviceprincipal",
            "oauth2",
            "synchronization",
            "federation",
            "federated",
            "keycredential",
            "passwordcredential",
            "policy",
            "policies",
            "conditionalaccess",
            "authentication",
            "authorization",
            "claimsmapping",
            "tokenissuance",
            "tokenlifetime",
            "homerealm",
            "appmanagement",
            "crosstenant",
            "customsecurityattribute",
            "appRole",
            "approle",
            "permissionscope",
            "api",
            "webapplication",
            "spa",
            "publicclient",
            "optionalclaim",
            "certificate",
            "identityprovider",
            "b2x",
            "userflow",
            "identityuserflow",
            "onpremisespublishing",
            "fido2",
            "microsoftauthenticator",
            "temporaryaccesspass",
            "softwareoath",
            "sms",
            "voice",
            "email",
            "x509",
            "passwordless",
        ],
    ),
    (
        "search",
        "Microsoft Search: queries, hits, aggregations, and external connections (Graph connectors).",
        &["search", "external", "bookmark", "acronym", "qna", "connector"],
    ),
    (
        "employee_experience",
        "Viva: learning providers and content, engagement, insights.",
        &[
            "learning",
            "engagement",
            "employeeexperience",
            "insight",
            "trending",
            "usedinsight",
            "community",
            "copilot",
            "aiinteraction",
        ],
    ),
];

/// The always-compiled area.
pub(crate) const CORE: &str = "core";
/// Types neither their names nor their users place in an area.
pub(crate) const OTHER: (&str, &str) = ("other", "Types no area uses: mostly results of actions and functions.");
/// Users, groups, devices, organization, roles, domains, and everything no other area names.
pub(crate) const DIRECTORY: (&str, &str) = (
    "directory",
    "The directory: users, groups, devices, organization, roles, domains, administrative units, and the rest.",
);

/// Words that put a type in `directory` before any other area is tried.
const DIRECTORY_WORDS: &[&str] = &[
    "user",
    "group",
    "directoryobject",
    "directoryrole",
    "organization",
    "domain",
    "administrativeunit",
    "orgcontact",
    "contract",
    "subscribedsku",
    "license",
    "serviceplan",
    "directory",
];

/// The words of a camelCase or PascalCase name, lowercased: a word starts at an upper-case letter after
/// a lower-case letter or digit, at the last capital of a run followed by a lower-case letter (`OS` in
/// `macOSApp`), and at a digit run (`windows`, `10`).
pub fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut out: Vec<String> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1);
        let starts = match prev {
            None => true,
            Some(p) if c.is_ascii_digit() => !p.is_ascii_digit(),
            Some(p) if c.is_uppercase() => {
                p.is_lowercase() || p.is_ascii_digit() || (p.is_uppercase() && next.is_some_and(|n| n.is_lowercase()))
            }
            Some(p) => p.is_ascii_digit(),
        };
        match out.last_mut() {
            Some(word) if !starts => word.extend(c.to_lowercase()),
            _ => out.push(c.to_lowercase().collect()),
        }
    }
    out
}

/// Whether `entry` (lowercase) is one word of `words` or several in a row written together.
fn names_word(words: &[String], entry: &str) -> bool {
    (0..words.len()).any(|start| {
        let mut rest = entry;
        for word in &words[start..] {
            match rest.strip_prefix(word.as_str()) {
                Some("") => return true,
                Some(r) => rest = r,
                None => return false,
            }
        }
        false
    })
}

/// The area of a `microsoft.graph` type by the words of its name, if one names it.
pub fn area_by_name(name: &str) -> Option<&'static str> {
    let words = words(name);
    let has = |entry: &str| names_word(&words, &entry.to_lowercase());
    if DIRECTORY_WORDS.iter().any(|w| has(w)) && !has("devicemanagement") {
        return Some(DIRECTORY.0);
    }
    AREAS.iter().find(|(_, _, entries)| entries.iter().any(|w| has(w))).map(|(a, _, _)| *a)
}

/// The feature (area) of a namespace other than `microsoft.graph`: its module path joined with `_`.
pub fn namespace_area(namespace: &str) -> String {
    module_path(namespace).join("_")
}

/// The area of a value type held by `holders` (those placed): theirs if they are all in one area, else
/// core, so that no area compiled alone loses a value that another needs too.
fn shared_area(holders: &[String], area: &HashMap<String, String>) -> Option<String> {
    let mut areas = holders.iter().filter_map(|h| area.get(h));
    let first = areas.next()?;
    Some(if areas.all(|a| a == first) { first.clone() } else { CORE.to_owned() })
}

/// The area that most of `holders` are in (the first of them on a tie), among those placed.
fn most_common(holders: &[String], area: &HashMap<String, String>) -> Option<String> {
    let mut counts: Vec<(&String, usize)> = Vec::new();
    for a in holders.iter().filter_map(|h| area.get(h)) {
        match counts.iter_mut().find(|(n, _)| *n == a) {
            Some((_, c)) => *c += 1,
            None => counts.push((a, 1)),
        }
    }
    let best = counts.iter().map(|(_, c)| *c).max()?;
    counts.into_iter().find(|(_, c)| *c == best).map(|(a, _)| a.clone())
}

/// The area of every type, by qualified name.
pub fn place(model: &Model) -> HashMap<String, String> {
    let graph = |t: &TypeDef| t.namespace == "microsoft.graph";
    let is_value = |t: &TypeDef| matches!(t.kind, Kind::Complex | Kind::Enum);
    let mut area: HashMap<String, String> = HashMap::new();
    for t in model.types.iter().filter(|t| !graph(t)) {
        area.insert(t.qualified(), namespace_area(&t.namespace));
    }
    for t in model.types.iter().filter(|t| graph(t) && !is_value(t)) {
        if let Some(a) = area_by_name(&t.name) {
            area.insert(t.qualified(), a.to_owned());
        }
    }
    // The types holding each type in a property, and, for a derived type, its base (a derived type goes
    // with its base).
    let mut users: HashMap<String, Vec<String>> = HashMap::new();
    for t in &model.types {
        for p in t.properties.iter().chain(&t.navigation) {
            users.entry(p.ty.name.clone()).or_default().push(t.qualified());
        }
        if let Some(b) = &t.base {
            users.entry(t.qualified()).or_default().push(b.clone());
        }
    }
    let no_users = Vec::new();
    let users_of = |q: &str| users.get(q).unwrap_or(&no_users);
    loop {
        // Value types whose holders are all placed go with them.
        let unplaced = |area: &HashMap<String, String>| {
            model.types.iter().filter(|t| !area.contains_key(&t.qualified())).collect::<Vec<_>>()
        };
        let mut placed: Vec<(String, String)> = Vec::new();
        for t in unplaced(&area).into_iter().filter(|t| is_value(t)) {
            let holders = users_of(&t.qualified());
            if !holders.is_empty() && holders.iter().all(|h| area.contains_key(h)) {
                placed.extend(shared_area(holders, &area).map(|a| (t.qualified(), a)));
            }
        }
        // Else any type with placed users goes with them: a value type as above, an entity where most of
        // them are (navigation from other areas is expected to be compiled out).
        if placed.is_empty() {
            for t in unplaced(&area) {
                let users = users_of(&t.qualified());
                let to = if is_value(t) { shared_area(users, &area) } else { most_common(users, &area) };
                placed.extend(to.map(|a| (t.qualified(), a)));
            }
        }
        // Else value types that nothing placed holds go by their names.
        if placed.is_empty() {
            for t in unplaced(&area).into_iter().filter(|t| graph(t)) {
                placed.extend(area_by_name(&t.name).map(|a| (t.qualified(), a.to_owned())));
            }
        }
        if placed.is_empty() {
            break;
        }
        area.extend(placed);
    }
    for t in &model.types {
        area.entry(t.qualified()).or_insert_with(|| OTHER.0.to_owned());
    }
    for core in ["microsoft.graph.entity", "microsoft.graph.directoryObject", "microsoft.graph.InnerError"] {
        area.insert(core.to_owned(), CORE.to_owned());
    }
    // A base in another area than a type derived from it moves to core, with its own bases; so does a
    // value type of `microsoft.graph` that a type of another area holds; until no area needs another.
    loop {
        let mut moved = false;
        for t in &model.types {
            let Some(base) = &t.base else { continue };
            let (ta, ba) = (area[&t.qualified()].clone(), area.get(base).cloned().unwrap_or_default());
            if ba != ta && ba != CORE && model.get(base).is_some() {
                area.insert(base.clone(), CORE.to_owned());
                moved = true;
            }
        }
        // A value type held by a type of another area (core included) than its own.
        let mut held_elsewhere = Vec::new();
        for t in &model.types {
            let holder = &area[&t.qualified()];
            for p in &t.properties {
                let value = model.get(&p.ty.name).is_some_and(|h| graph(h) && is_value(h));
                if value && area.get(&p.ty.name).is_some_and(|a| a != CORE && a != holder) {
                    held_elsewhere.push(p.ty.name.clone());
                }
            }
        }
        for held in held_elsewhere {
            area.insert(held, CORE.to_owned());
            moved = true;
        }
        if !moved {
            break;
        }
    }
    area
}

/// What each area compiled alone leaves out: the properties of its types whose type is in another
/// area (not core), one line each, `Type.property: area` (navigation properties marked `nav`), by area.
pub fn compiled_out(model: &Model, area: &HashMap<String, String>) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for t in &model.types {
        let owner = &area[&t.qualified()];
        for (p, nav) in t.properties.iter().map(|p| (p, false)).chain(t.navigation.iter().map(|p| (p, true))) {
            let Some(to) = area.get(&p.ty.name) else { continue };
            if to != CORE && to != owner {
                let mark = if nav { " nav" } else { "" };
                out.entry(owner.clone()).or_default().push(format!("{}.{}{mark}: {to}", t.qualified(), p.name));
            }
        }
    }
    out
}

/// The doc line of an area's module.
pub fn doc(area: &str) -> &'static str {
    if area == CORE {
        return "the core, always compiled: `entity`, `directoryObject` and the base types shared by several areas.";
    }
    if area == DIRECTORY.0 {
        return DIRECTORY.1;
    }
    if area == OTHER.0 {
        return OTHER.1;
    }
    AREAS.iter().find(|(a, _, _)| *a == area).map_or("", |(_, doc, _)| doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_matched_by_whole_words() {
        assert_eq!(words("macOSCompliancePolicy"), ["mac", "os", "compliance", "policy"]);
        assert_eq!(words("windows10EditionUpgrade"), ["windows", "10", "edition", "upgrade"]);
        assert_eq!(words("oauth2PermissionGrant"), ["oauth", "2", "permission", "grant"]);
        assert_eq!(area_by_name("templateScenarios"), None, "no `ios` in `Scenarios`");
        assert_eq!(area_by_name("iosGeneralDeviceConfiguration"), Some("device_management"));
        assert_eq!(area_by_name("macOSCompliancePolicy"), Some("device_management"));
        assert_eq!(area_by_name("managedEBook"), Some("device_management"));
        assert_eq!(area_by_name("callRecord"), Some("communications"));
        assert_eq!(area_by_name("milestone"), None, "no `tone` in `milestone`");
        assert_eq!(area_by_name("user"), Some("directory"));
    }
}
