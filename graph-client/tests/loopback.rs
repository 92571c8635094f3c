//! The client against the emulator over loopback HTTP. Every test is bounded: a fixed number of requests
//! and a timeout.

use std::collections::HashSet;
use std::time::Duration;

use graph_client::{Client, Error, RetryPolicy, StaticToken, is_terminal, session_status};
use graph_emulator::{Config, Emulator, Fault};
use graph_model::Delta;
use graph_model::backup_restore::{
    ArtifactRestoreStatus, BackupErrorCode, DestinationType, DriveRestoreArtifact,
    OneDriveForBusinessRestoreSessionUpdate, RestorePoint, RestoreSessionStatus,
};

const LIMIT: Duration = Duration::from_secs(60);

fn client(emulator: &Emulator, prefer: bool) -> Client {
    Client::builder(emulator.base_url(), StaticToken::new("test-token"))
        .allow_loopback(true)
        .include_unknown_enum_members(prefer)
        .retry(RetryPolicy { base_delay: Duration::from_millis(10), ..RetryPolicy::default() })
        .build()
        .expect("a client")
}

fn id_of(session: &graph_model::backup_restore::OneDriveForBusinessRestoreSession) -> String {
    session.base.entity.id.clone().expect("an id")
}

#[tokio::test]
async fn the_whole_workflow() {
    tokio::time::timeout(LIMIT, async {
        let emulator = Emulator::start(Config::default()).await.unwrap();
        let client = client(&emulator, true);
        let session = client.create_one_drive_session().await.unwrap();
        assert_eq!(session.base.status.as_value(), Some(&RestoreSessionStatus::Draft));
        let id = id_of(&session);
        let points: Vec<RestorePoint> =
            ["rp-1", "rp-2", "fail-rp-3"].iter().map(|p| RestorePoint::reference(*p)).collect();
        let echoes = client.add_drive_artifacts(&id, &points, DestinationType::New).await.unwrap();
        assert_eq!(echoes.len(), 1);
        assert_eq!(echoes[0].succeeded().count(), 3);

        // Removing an artifact the session does not hold: 200, with a per-item failure.
        let echoes =
            client.patch_drive_artifacts(&id, Delta::<DriveRestoreArtifact>::new().remove("nope")).await.unwrap();
        let failure = echoes[0].failed().next().expect("a per-item failure");
        assert_eq!((failure.id(), failure.response_code()), (Some("nope"), Some(409)));
        assert!(failure.content_id.is_some());

        let active = client.activate(&id).await.unwrap();
        assert_eq!(session_status(&active), Some(RestoreSessionStatus::Activating));
        let mut readings = Vec::new();
        let mut polls = 0;
        let done = client
            .poll_until_done_bounded(&id, Duration::from_millis(1), 10, &mut |s| {
                readings.push(session_status(s));
                polls += 1;
                emulator.advance(1);
            })
            .await
            .unwrap();
        assert!(is_terminal(&done));
        assert_eq!(session_status(&done), Some(RestoreSessionStatus::CompletedWithError));
        assert_eq!(polls, 5, "{readings:?}");
        let artifacts = client.drive_artifacts(&id).await.unwrap();
        let statuses: Vec<_> = artifacts.iter().map(|a| a.status.as_value().cloned()).collect();
        assert_eq!(
            statuses,
            [
                Some(ArtifactRestoreStatus::Succeeded),
                Some(ArtifactRestoreStatus::Succeeded),
                Some(ArtifactRestoreStatus::Failed)
            ]
        );
        assert!(artifacts[2].error.as_value().is_some());
    })
    .await
    .expect("within the time limit");
}

#[tokio::test]
async fn failed_is_hidden_without_the_prefer_header() {
    tokio::time::timeout(LIMIT, async {
        let emulator = Emulator::start(Config::default()).await.unwrap();
        let (with, without) = (client(&emulator, true), client(&emulator, false));
        let id = id_of(&with.create_one_drive_session().await.unwrap());
        with.add_drive_artifacts(&id, &[RestorePoint::reference("fail-1")], DestinationType::New).await.unwrap();
        with.activate(&id).await.unwrap();
        emulator.advance(4);
        assert_eq!(session_status(&with.session(&id).await.unwrap()), Some(RestoreSessionStatus::Failed));
        let hidden = without.session(&id).await.unwrap();
        assert_eq!(session_status(&hidden), Some(RestoreSessionStatus::UnknownFutureValue));
        assert!(is_terminal(&hidden));
    })
    .await
    .expect("within the time limit");
}

/// SharePoint and Exchange sessions: artifacts added through their own `@delta`, listed with outcomes.
#[tokio::test]
async fn site_and_mailbox_sessions() {
    use graph_model::backup_restore::{AnyRestoreSession, MailboxRestoreArtifact, SiteRestoreArtifact};

    tokio::time::timeout(LIMIT, async {
        let emulator = Emulator::start(Config::default()).await.unwrap();
        let client = client(&emulator, true);
        let site = client.create_share_point_session().await.unwrap().base.entity.id.clone().unwrap();
        let mail = client.create_exchange_session().await.unwrap().base.entity.id.clone().unwrap();
        let sites = Delta::<SiteRestoreArtifact>::new()
            .add_restore_point(RestorePoint::reference("site-rp"), DestinationType::InPlace)
            .add_restore_point(RestorePoint::reference("fail-site-rp"), DestinationType::InPlace);
        assert_eq!(client.patch_site_artifacts(&site, sites).await.unwrap()[0].succeeded().count(), 2);
        let mails = Delta::<MailboxRestoreArtifact>::new()
            .add_restore_point(RestorePoint::reference("mail-rp"), DestinationType::New);
        assert_eq!(client.patch_mailbox_artifacts(&mail, mails).await.unwrap()[0].succeeded().count(), 1);
        for id in [&site, &mail] {
            assert!(matches!(
                client.activate(id).await.unwrap(),
                AnyRestoreSession::SharePoint(_) | AnyRestoreSession::Exchange(_)
            ));
        }
        emulator.advance(4);
        let mut outcomes: Vec<(Option<String>, Option<ArtifactRestoreStatus>)> = client
            .site_artifacts(&site)
            .await
            .unwrap()
            .iter()
            .map(|a| (a.restore_point.as_value().and_then(|p| p.reference_id()), a.status.as_value().cloned()))
            .collect();
        outcomes.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            outcomes,
            [
                (Some("fail-site-rp".into()), Some(ArtifactRestoreStatus::Failed)),
                (Some("site-rp".into()), Some(ArtifactRestoreStatus::Succeeded))
            ]
        );
        let mailboxes = client.mailbox_artifacts(&mail).await.unwrap();
        assert_eq!(mailboxes.len(), 1);
        assert_eq!(mailboxes[0].status.as_value(), Some(&ArtifactRestoreStatus::Succeeded));
        assert_eq!(
            session_status(&client.session(&site).await.unwrap()),
            Some(RestoreSessionStatus::CompletedWithError)
        );
    })
    .await
    .expect("within the time limit");
}

/// Every documented error, produced on purpose.
#[tokio::test]
async fn every_documented_error() {
    tokio::time::timeout(LIMIT, async {
        let emulator = Emulator::start(Config::default()).await.unwrap();
        let client = client(&emulator, false);
        let id = id_of(&client.create_one_drive_session().await.unwrap());
        let code = |r: Result<(), Error>| {
            let e = r.expect_err("an error");
            (e.status().map(|s| s.as_u16()), e.backup_code())
        };

        // 51 entries in one PATCH (sent as one request, bypassing the client's chunking).
        let delta = (0..51).fold(Delta::<DriveRestoreArtifact>::new(), |d, i| {
            d.add_restore_point(RestorePoint::reference(format!("p{i}")), DestinationType::New)
        });
        let body = OneDriveForBusinessRestoreSessionUpdate::new().drive_restore_artifacts_delta(delta);
        let request = client.requests().update_one_drive_for_business_restore_session(&id, &body).unwrap();
        assert_eq!(
            code(client.send(request).await.map(|_| ())),
            (Some(400), Some(BackupErrorCode::RestoreArtifactsLimitBreached))
        );

        let twice = [RestorePoint::reference("same"), RestorePoint::reference("same")];
        assert_eq!(
            code(client.add_drive_artifacts(&id, &twice, DestinationType::New).await.map(|_| ())),
            (Some(400), Some(BackupErrorCode::DuplicateArtifactInList))
        );
        assert_eq!(
            code(client.session("missing").await.map(|_| ())),
            (Some(404), Some(BackupErrorCode::RestoreSessionNotFound))
        );

        client.add_drive_artifacts(&id, &[RestorePoint::reference("ok")], DestinationType::New).await.unwrap();
        client.activate(&id).await.unwrap();
        let not_allowed = (Some(403), Some(BackupErrorCode::RestoreSessionActionNotAllowed));
        assert_eq!(code(client.activate(&id).await.map(|_| ())), not_allowed);
        assert_eq!(code(client.delete_session(&id).await), not_allowed);
        assert_eq!(
            code(
                client
                    .add_drive_artifacts(&id, &[RestorePoint::reference("late")], DestinationType::New)
                    .await
                    .map(|_| ())
            ),
            not_allowed
        );

        // 25 running sessions (this one and 24 more), then a 26th activation.
        for i in 0..25 {
            let other = id_of(&client.create_one_drive_session().await.unwrap());
            client
                .add_drive_artifacts(&other, &[RestorePoint::reference(format!("x{i}"))], DestinationType::New)
                .await
                .unwrap();
            let result = client.activate(&other).await.map(|_| ());
            if i < 24 {
                result.unwrap();
            } else {
                assert_eq!(code(result), (Some(500), Some(BackupErrorCode::TooManyActiveRestoreSessions)));
            }
        }

        // No token: 401 with Graph's error body.
        let request = client.requests().get_restore_session(&id).unwrap();
        let response = reqwest::Client::new().get(request.uri().to_string()).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 401);
        let body = response.text().await.unwrap();
        assert!(body.contains("InvalidAuthenticationToken"), "{body}");
    })
    .await
    .expect("within the time limit");
}

/// A client never retries before `Retry-After`, in seconds or as a date (tokio's paused clock).
#[tokio::test(start_paused = true)]
async fn throttling_is_honoured() {
    let emulator = Emulator::start(Config::default()).await.unwrap();
    let client = client(&emulator, false);
    let id = id_of(&client.create_one_drive_session().await.unwrap());
    emulator.push_fault(Fault::Throttle { retry_after_secs: 7 });
    emulator.push_fault(Fault::ThrottleUntilDate { secs: 3 });
    let start = tokio::time::Instant::now();
    let session = client.session(&id).await.unwrap();
    assert_eq!(session_status(&session), Some(RestoreSessionStatus::Draft));
    assert!(start.elapsed() >= Duration::from_secs(10), "waited {:?}", start.elapsed());
    let stats = emulator.stats();
    assert_eq!((stats.faults_served, stats.early_retries), (2, 0));

    // 503 is retried for GET (no Retry-After: backoff); a POST is not retried.
    emulator.push_fault(Fault::Unavailable);
    client.session(&id).await.unwrap();
    emulator.push_fault(Fault::Unavailable);
    let err = client.activate(&id).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));

    // Bounded attempts: the last status and headers are reported.
    for _ in 0..5 {
        emulator.push_fault(Fault::Throttle { retry_after_secs: 1 });
    }
    match client.session(&id).await.unwrap_err() {
        Error::Api { status, headers, attempts, .. } => {
            assert_eq!((status.as_u16(), attempts), (429, 5));
            assert_eq!(headers["retry-after"], "1");
        }
        other => panic!("{other}"),
    }
}

#[tokio::test]
async fn pages_with_relative_next_links_and_loops() {
    tokio::time::timeout(LIMIT, async {
        let emulator =
            Emulator::start(Config { page_size: 2, relative_next_links: true, ..Config::default() }).await.unwrap();
        let client = client(&emulator, false);
        let mut created = HashSet::new();
        for _ in 0..5 {
            created.insert(id_of(&client.create_one_drive_session().await.unwrap()));
        }
        let mut pager = client.pages::<graph_model::backup_restore::AnyRestoreSession>(
            client.requests().list_restore_sessions().unwrap(),
        );
        let mut pages = 0;
        let mut seen = Vec::new();
        while let Some(page) = pager.next_page().await.unwrap() {
            pages += 1;
            if pages == 1 {
                assert_eq!(pager.next_link(), Some("restoreSessions?$top=2&$skiptoken=2"));
            }
            seen.extend(page.iter().map(|s| match s {
                graph_model::backup_restore::AnyRestoreSession::OneDriveForBusiness(s) => id_of(s),
                other => panic!("{other:?}"),
            }));
        }
        assert_eq!(pages, 3);
        assert_eq!(seen.len(), 5);
        assert_eq!(seen.iter().cloned().collect::<HashSet<_>>(), created);

        // The same as a stream of items: five, then the end; a loop is yielded as an error that ends it.
        use futures_util::StreamExt;
        let request = client.requests().list_restore_sessions().unwrap();
        let items: Vec<_> =
            client.pages::<graph_model::backup_restore::AnyRestoreSession>(request).into_stream().collect().await;
        assert_eq!(items.len(), 5);
        assert!(items.iter().all(Result::is_ok));

        emulator.push_fault(Fault::NextLinkLoop);
        emulator.push_fault(Fault::NextLinkLoop);
        let request = client.requests().list_restore_sessions().unwrap();
        let items: Vec<_> =
            client.pages::<graph_model::backup_restore::AnyRestoreSession>(request).into_stream().collect().await;
        assert_eq!(items.iter().filter(|r| r.is_ok()).count(), 2, "the first page's items, then the error");
        assert!(matches!(items.last(), Some(Err(Error::NextLinkLoop(_)))));

        emulator.push_fault(Fault::NextLinkLoop);
        emulator.push_fault(Fault::NextLinkLoop);
        let err = client.sessions().await.unwrap_err();
        assert!(matches!(err, Error::NextLinkLoop(_)), "{err}");

        emulator.push_fault(Fault::MalformedBody);
        let err = client.sessions().await.unwrap_err();
        assert!(matches!(err, Error::Parse { .. }), "{err}");
    })
    .await
    .expect("within the time limit");
}

#[tokio::test]
async fn tokens_go_only_to_the_configured_host() {
    let emulator = Emulator::start(Config { token: Some("right".into()), ..Config::default() }).await.unwrap();
    assert!(matches!(Client::builder(emulator.base_url(), StaticToken::new("t")).build(), Err(Error::Refused(_))));
    assert!(matches!(Client::builder("http://graph.example", StaticToken::new("t")).build(), Err(Error::Refused(_))));
    let wrong = Client::builder(emulator.base_url(), StaticToken::new("wrong")).allow_loopback(true).build().unwrap();
    assert_eq!(wrong.sessions().await.unwrap_err().status().map(|s| s.as_u16()), Some(401));
    let elsewhere = http::Request::get("https://evil.example/beta/x").body(Vec::new()).unwrap();
    assert!(matches!(wrong.send(elsewhere).await, Err(Error::Refused(_))));
}

/// 200 clients at once, each creating a session and adding 50 artifacts; activation in waves of 25.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_clients() {
    tokio::time::timeout(Duration::from_secs(120), async {
        let emulator = Emulator::start(Config { page_size: 100, ..Config::default() }).await.unwrap();
        let started = std::time::Instant::now();
        let mut tasks = Vec::new();
        for c in 0..200 {
            let client = client(&emulator, true);
            tasks.push(tokio::spawn(async move {
                let id = id_of(&client.create_one_drive_session().await?);
                let points: Vec<_> = (0..50).map(|i| RestorePoint::reference(format!("c{c}-p{i}"))).collect();
                let echoes = client.add_drive_artifacts(&id, &points, DestinationType::New).await?;
                Ok::<_, Error>((client, id, echoes.iter().map(|d| d.succeeded().count()).sum::<usize>()))
            }));
        }
        let mut sessions = Vec::new();
        for t in tasks {
            let (client, id, added) = t.await.unwrap().unwrap();
            assert_eq!(added, 50);
            sessions.push((client, id));
        }
        assert_eq!(emulator.session_count(), 200);
        let mut artifact_ids = HashSet::new();
        for wave in sessions.chunks(25) {
            for (client, id) in wave {
                client.activate(id).await.unwrap();
            }
            emulator.advance(4);
            for (client, id) in wave {
                let session = client.session(id).await.unwrap();
                assert_eq!(session_status(&session), Some(RestoreSessionStatus::Completed));
                let artifacts = client.drive_artifacts(id).await.unwrap();
                assert_eq!(artifacts.len(), 50);
                for a in artifacts {
                    assert!(artifact_ids.insert(a.base.entity.id.clone().unwrap()), "an artifact listed twice");
                }
            }
        }
        assert_eq!(artifact_ids.len(), 10_000);
        let stats = emulator.stats();
        eprintln!(
            "200 clients: {} requests in {:.2?} ({:.0} requests/s)",
            stats.requests,
            started.elapsed(),
            stats.requests as f64 / started.elapsed().as_secs_f64()
        );
    })
    .await
    .expect("within the time limit");
}

#[tokio::test(start_paused = true)]
async fn batches_of_twenty_with_dependencies_and_per_step_throttling() {
    use graph_client::Batch;

    let emulator = Emulator::start(Config::default()).await.unwrap();
    let client = client(&emulator, false);
    let mut ids = Vec::new();
    for _ in 0..3 {
        ids.push(id_of(&client.create_one_drive_session().await.unwrap()));
    }
    let api = client.requests();

    // 45 steps: 3 `$batch` requests. Step 7 reads a missing session; step 8 depends on it (424 from the
    // service, same request); step 30 depends on it from a later request (424 here, not sent); step 31
    // depends on step 2 of the first request, which succeeded.
    let mut batch = Batch::new();
    let mut steps = Vec::new();
    for i in 0..45 {
        let request = api.get_restore_session(if i == 7 { "missing" } else { &ids[i % 3] }).unwrap();
        steps.push(match i {
            8 | 30 => batch.add_after(request, &[steps[7]]),
            31 => batch.add_after(request, &[steps[2]]),
            _ => batch.add(request),
        });
    }
    let before = emulator.stats();
    let results = client.batch(batch).await.unwrap();
    let after = emulator.stats();
    assert_eq!(after.requests - before.requests, 3);
    assert_eq!(after.batch_requests - before.batch_requests, 43);
    assert_eq!(results.len(), 45);
    for (i, item) in results.iter().enumerate() {
        let expected = match i {
            7 => 404,
            8 | 30 => 424,
            _ => 200,
        };
        assert_eq!(item.status.as_u16(), expected, "step {i}");
        if expected == 200 {
            let session: graph_model::backup_restore::AnyRestoreSession = item.json().unwrap();
            let graph_model::backup_restore::AnyRestoreSession::OneDriveForBusiness(s) = session else {
                panic!("step {i}: not a OneDrive session")
            };
            assert_eq!(s.base.entity.id.as_deref(), Some(ids[i % 3].as_str()), "step {i}");
        }
    }
    assert_eq!(results[7].error().and_then(|e| e.code()), Some(BackupErrorCode::RestoreSessionNotFound));
    assert_eq!(results[7].json::<serde_json::Value>().unwrap_err().backup_code(), results[7].error().unwrap().code());
    assert_eq!((results[8].attempts, results[30].attempts), (1, 0));
    assert_eq!(
        results[30].error().and_then(|e| e.body.error.as_value().and_then(|e| e.code.as_value().cloned())).as_deref(),
        Some("FailedDependency")
    );

    // A step throttled on its own is sent again after its Retry-After, with the step answered 424
    // because it depends on it; the third step is not sent again.
    let mut batch = Batch::new();
    let body = OneDriveForBusinessRestoreSessionUpdate::new().drive_restore_artifacts_delta(
        Delta::<DriveRestoreArtifact>::new().add_restore_point(RestorePoint::reference("rp-b"), DestinationType::New),
    );
    let add = batch.add(api.update_one_drive_for_business_restore_session(&ids[0], &body).unwrap());
    batch.add_after(api.activate_restore_session(&ids[0]).unwrap(), &[add]);
    batch.add(api.get_restore_session(&ids[1]).unwrap());
    emulator.push_fault(Fault::Throttle { retry_after_secs: 7 });
    let (before, start) = (emulator.stats(), tokio::time::Instant::now());
    let results = client.batch(batch).await.unwrap();
    let after = emulator.stats();
    assert!(start.elapsed() >= Duration::from_secs(7), "waited {:?}", start.elapsed());
    assert_eq!(after.early_retries, 0);
    assert_eq!((after.requests - before.requests, after.batch_requests - before.batch_requests), (2, 4));
    let summary: Vec<(u16, u32)> = results.iter().map(|r| (r.status.as_u16(), r.attempts)).collect();
    assert_eq!(summary, [(200, 2), (200, 2), (200, 1)]);
    let activated: graph_model::backup_restore::AnyRestoreSession = results[1].json().unwrap();
    assert_eq!(session_status(&activated), Some(RestoreSessionStatus::Activating));

    // Still throttled after the policy's attempts: the step's last 429 is its result.
    let mut batch = Batch::new();
    batch.add(api.get_restore_session(&ids[2]).unwrap());
    for _ in 0..5 {
        emulator.push_fault(Fault::Throttle { retry_after_secs: 1 });
    }
    let results = client.batch(batch).await.unwrap();
    assert_eq!((results[0].status.as_u16(), results[0].attempts), (429, 5));
    assert_eq!(results[0].headers["retry-after"], "1");
    assert!(matches!(results[0].json::<serde_json::Value>(), Err(Error::Api { attempts: 5, .. })));

    // The service refuses a batch of 21; the client refuses a dependency on a later step.
    let requests: Vec<String> = (0..21)
        .map(|i| format!(r#"{{"id":"{i}","method":"GET","url":"/solutions/backupRestore/restoreSessions"}}"#))
        .collect();
    let oversized = http::Request::post(format!("{}/beta/$batch", emulator.base_url()))
        .header("content-type", "application/json")
        .body(format!(r#"{{"requests":[{}]}}"#, requests.join(",")).into_bytes())
        .unwrap();
    let err = client.send(oversized).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    assert!(err.to_string().contains("at most 20 requests"), "{err}");
    let raw = |body: &str| {
        http::Request::post(format!("{}/beta/$batch", emulator.base_url()))
            .header("content-type", "application/json")
            .body(body.as_bytes().to_vec())
            .unwrap()
    };
    let step = |id: &str, deps: &str| {
        format!(
            r#"{{"id":"{id}","method":"GET","url":"/solutions/backupRestore/restoreSessions","dependsOn":[{deps}]}}"#
        )
    };
    for (body, why) in [
        (format!(r#"{{"requests":[{},{}]}}"#, step("a", r#""b""#), step("b", r#""a""#)), "cycle"),
        (format!(r#"{{"requests":[{},{}]}}"#, step("a", ""), step("a", "")), "used twice"),
        (format!(r#"{{"requests":[{}]}}"#, step("a", r#""z""#)), "not in the batch"),
        (r#"{"requests":[{"id":"a","method":"GET"}]}"#.to_owned(), "missing field `url`"),
    ] {
        let err = client.send(raw(&body)).await.unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(400), "{body}");
        assert!(err.to_string().contains(why), "{body}: {err}");
    }
    let mut batch = Batch::new();
    let mut other = Batch::new();
    other.add(api.get_restore_session(&ids[0]).unwrap());
    let later = other.add(api.get_restore_session(&ids[0]).unwrap());
    batch.add_after(api.get_restore_session(&ids[0]).unwrap(), &[later]);
    assert!(matches!(client.batch(batch).await, Err(Error::Refused(_))));
}

#[tokio::test]
async fn restore_point_search_and_its_limits() {
    use graph_model::backup_restore::{RestorePointPreference, RestorePointSearch, TimePeriod};
    use graph_model::{DateTimeOffset, Flags, Nullable};

    tokio::time::timeout(LIMIT, async {
        let emulator = Emulator::start(Config::default()).await.unwrap();
        let at = |day: u32| -> DateTimeOffset { format!("2024-03-{day:02}T12:00:00Z").parse().unwrap() };
        for day in 1..=7 {
            let mut point = RestorePoint::reference(format!("u1-day{day}"));
            point.protection_date_time = Nullable::Value(at(day));
            if day % 2 == 0 {
                point.tags = Nullable::Value("fastRestore".parse().unwrap());
            }
            emulator.add_restore_point("u1", point);
        }
        let mut point = RestorePoint::reference("u2-day3");
        point.protection_date_time = Nullable::Value(at(3));
        emulator.add_restore_point("u2", point);
        let client = client(&emulator, false);
        let period = |from: u32, to: u32| TimePeriod {
            start_date_time: Nullable::Value(at(from)),
            end_date_time: Nullable::Value(at(to)),
            ..Default::default()
        };
        let ids = |r: &graph_model::backup_restore::RestorePointSearchResponse| -> Vec<String> {
            r.search_results
                .as_value()
                .unwrap()
                .iter()
                .map(|r| r.restore_point.as_value().unwrap().entity.id.clone().unwrap())
                .collect()
        };
        let units = |u: &[&str]| u.iter().map(|s| s.to_string()).collect::<Vec<_>>();

        // All in the period, newest first, at most five in all; a unit with none is listed as such.
        let mut search = RestorePointSearch {
            protection_unit_ids: units(&["u1", "u2", "u3"]),
            protection_time_period: Some(period(2, 7)),
            ..Default::default()
        };
        let found = client.search_restore_points(&search).await.unwrap();
        assert_eq!(ids(&found), ["u1-day7", "u1-day6", "u1-day5", "u1-day4", "u1-day3"]);
        assert_eq!(found.no_result_protection_unit_ids.as_value().unwrap(), &units(&["u3"]));

        search.restore_point_preference = Some(RestorePointPreference::Latest);
        assert_eq!(ids(&client.search_restore_points(&search).await.unwrap()), ["u1-day7", "u2-day3"]);
        search.restore_point_preference = Some(RestorePointPreference::Oldest);
        assert_eq!(ids(&client.search_restore_points(&search).await.unwrap()), ["u1-day2", "u2-day3"]);
        search.restore_point_preference = None;
        search.tags = Some("fastRestore".parse::<Flags<_>>().unwrap());
        let found = client.search_restore_points(&search).await.unwrap();
        assert_eq!(ids(&found), ["u1-day6", "u1-day4", "u1-day2"]);
        assert_eq!(found.no_result_protection_unit_ids.as_value().unwrap(), &units(&["u2", "u3"]));

        // The limits: 20 protection units; one with an artifactQuery; a period is required.
        let too_many = RestorePointSearch {
            protection_unit_ids: (0..21).map(|i| format!("u{i}")).collect(),
            protection_time_period: Some(period(1, 7)),
            ..Default::default()
        };
        let err = client.search_restore_points(&too_many).await.unwrap_err();
        assert_eq!(
            (err.status().map(|s| s.as_u16()), err.backup_code()),
            (Some(400), Some(BackupErrorCode::InvalidSearchRequest))
        );
        let twenty =
            RestorePointSearch { protection_unit_ids: too_many.protection_unit_ids[..20].to_vec(), ..too_many };
        assert!(client.search_restore_points(&twenty).await.is_ok());
        let query = RestorePointSearch {
            artifact_query: Some(graph_model::Untyped::from_json(r#"{"artifactType":"message"}"#).unwrap()),
            ..search.clone()
        };
        assert_eq!(
            client.search_restore_points(&query).await.unwrap_err().backup_code(),
            Some(BackupErrorCode::InvalidSearchRequest)
        );
        let no_period = RestorePointSearch { protection_time_period: None, ..search };
        assert_eq!(
            client.search_restore_points(&no_period).await.unwrap_err().backup_code(),
            Some(BackupErrorCode::InvalidSearchRequest)
        );
    })
    .await
    .expect("bounded");
}

#[cfg(feature = "azure_identity")]
#[tokio::test]
async fn tokens_from_an_azure_credential() {
    use std::sync::{Arc, Mutex};

    use azure_core::credentials::{AccessToken, Secret, TokenCredential, TokenRequestOptions};

    #[derive(Debug, Default)]
    struct Recording(Mutex<Vec<String>>);

    #[async_trait::async_trait]
    impl TokenCredential for Recording {
        async fn get_token(
            &self,
            scopes: &[&str],
            _: Option<TokenRequestOptions<'_>>,
        ) -> azure_core::Result<AccessToken> {
            self.0.lock().unwrap().push(scopes.join(" "));
            Ok(AccessToken::new(Secret::new("az-token"), azure_core::time::OffsetDateTime::now_utc()))
        }
    }

    tokio::time::timeout(LIMIT, async {
        let config = Config { token: Some("az-token".into()), ..Config::default() };
        let emulator = Emulator::start(config).await.unwrap();
        let credential = Arc::new(Recording::default());
        let client = Client::builder(emulator.base_url(), graph_client::AzureCredential::new(credential.clone()))
            .allow_loopback(true)
            .build()
            .unwrap();
        client.create_one_drive_session().await.unwrap();
        assert_eq!(client.sessions().await.unwrap().len(), 1);
        assert_eq!(*credential.0.lock().unwrap(), ["https://graph.microsoft.com/.default"; 2]);
    })
    .await
    .expect("bounded");
}

/// `Retry-After` with a fraction, as Graph sends it (`2.128`, and `0.249` on a `$batch` step): the client
/// waits at least that long, alone and inside a batch, so the emulator sees no early retry.
#[tokio::test(start_paused = true)]
async fn fractional_retry_after_is_honoured() {
    use graph_client::Batch;

    let emulator = Emulator::start(Config::default()).await.unwrap();
    let client = client(&emulator, false);
    let id = id_of(&client.create_one_drive_session().await.unwrap());
    for (value, wait) in [("2.128", Duration::from_millis(2128)), ("0.249", Duration::from_millis(249))] {
        emulator.push_fault(Fault::ThrottleVerbatim { retry_after: value.into() });
        let start = tokio::time::Instant::now();
        client.session(&id).await.unwrap();
        assert!(start.elapsed() >= wait, "{value}: waited {:?}", start.elapsed());
    }
    let stats = emulator.stats();
    assert_eq!((stats.faults_served, stats.early_retries), (2, 0));

    // In a batch: the first step is throttled with 0.249, then 2.128; the second step is not.
    let batch = || {
        let mut batch = Batch::new();
        batch.add(client.requests().get_restore_session(&id).unwrap());
        batch.add(client.requests().get_restore_session(&id).unwrap());
        batch
    };
    emulator.push_fault(Fault::ThrottleVerbatim { retry_after: "0.249".into() });
    let start = tokio::time::Instant::now();
    let results = client.batch(batch()).await.unwrap();
    assert!(start.elapsed() >= Duration::from_millis(249));
    assert_eq!(results.iter().map(|r| (r.status.as_u16(), r.attempts)).collect::<Vec<_>>(), [(200, 2), (200, 1)]);
    emulator.push_fault(Fault::ThrottleVerbatim { retry_after: "2.128".into() });
    let start = tokio::time::Instant::now();
    client.batch(batch()).await.unwrap();
    assert!(start.elapsed() >= Duration::from_millis(2128));
    let stats = emulator.stats();
    assert_eq!((stats.faults_served, stats.early_retries), (4, 0));
}
