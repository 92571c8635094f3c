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
