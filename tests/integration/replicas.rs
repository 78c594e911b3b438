//! Many offices and several replicas (issue 8), on the real stack: one deployment serving
//! twenty office mailboxes, two sebadesk processes sharing them through PostgreSQL, one of
//! them SIGKILLed mid-work, and a reminder planned while both run.
//!
//! The replica tests need PostgreSQL (SQLite is one process per file): in the SQLite run of
//! the suite they say so and return; `scripts/test.sh` runs the suite on PostgreSQL too.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::time::{Duration, Instant};

use crate::faults::{
    NO_CAPS, count_acks, merge, outbox_rows, request, scalar, ticket_count, total, wait_drained,
};
use crate::helpers::*;

/// Offices besides the main file's MEL: D02…D20, mailbox deskNN@office.test each.
fn desk_codes(n: usize) -> Vec<String> {
    (2..=n).map(|i| format!("D{i:02}")).collect()
}

fn desk_user(code: &str) -> String {
    format!("desk{}@office.test", &code[1..])
}

/// Writes one office file per code into `dir/offices` and returns the environment that
/// points the daemon at them (the folder and each office's IMAP password).
fn office_files(dir: &Path, codes: &[String]) -> Vec<(String, String)> {
    let folder = dir.join("offices");
    std::fs::create_dir_all(&folder).unwrap();
    let mut env = vec![(
        "SEBADESK_DEPLOYMENT_OFFICES_DIR".to_string(),
        folder.display().to_string(),
    )];
    for code in codes {
        let user = desk_user(code);
        std::fs::write(
            folder.join(format!("{code}.toml")),
            format!(
                "code = \"{code}\"\nname_bn = \"উপজেলা আইসিটি অফিস {code}\"\n\
                 name_en = \"Upazila ICT Office {code}\"\naddress = \"{user}\"\n\
                 officer_email = \"officer@office.test\"\n[imap]\nusername = \"{user}\"\n"
            ),
        )
        .unwrap();
        env.push((
            format!("SEBADESK_SECRET_{code}_IMAP_PASSWORD"),
            format!("{}-pass", user.split('@').next().unwrap()),
        ));
    }
    env
}

fn as_refs(env: &[(String, String)]) -> Vec<(&str, &str)> {
    env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// The environment every daemon of these tests gets: caps lifted, no officer notices (only
/// acknowledgements are counted), plus `extra`.
fn deployment_env(
    stack: &MailStack,
    codes: &[String],
    extra: &[(&str, &str)],
) -> Vec<(String, String)> {
    let mut env = office_files(&stack.dir, codes);
    env.extend(
        NO_CAPS
            .iter()
            .chain([("SEBADESK_REMINDERS_NOTIFY_NEW", "false")].iter())
            .chain(extra.iter())
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    env
}

/// APPENDs requests `range` into each office's mailbox, the offices in parallel. Returns
/// citizen → Message-IDs.
async fn append_everywhere(
    stack: &MailStack,
    mailboxes: &[String],
    range: std::ops::Range<usize>,
) -> HashMap<&'static str, HashSet<String>> {
    let mut tasks = Vec::new();
    for mailbox in mailboxes {
        let mut imap = stack.imap(mailbox).await;
        let tag = mailbox.split('@').next().unwrap().replace('.', "-");
        let range = range.clone();
        tasks.push(tokio::spawn(async move {
            let mut sent: HashMap<&'static str, HashSet<String>> = HashMap::new();
            for i in range {
                let (citizen, id, raw) = request(&tag, i);
                imap.append(&raw).await;
                sent.entry(citizen).or_default().insert(id);
            }
            sent
        }));
    }
    let mut all = HashMap::new();
    for t in tasks {
        merge(&mut all, t.await.unwrap());
    }
    all
}

/// `sebadesk status --format json` with the deployment's environment.
fn status(stack: &MailStack, env: &[(String, String)]) -> serde_json::Value {
    let out = sebadesk(stack, &as_refs(env), &["status", "--format", "json"]);
    assert!(
        out.status.success(),
        "status: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Mailbox leases per owner.
fn lease_owners(status: &serde_json::Value) -> HashMap<String, usize> {
    let mut owners = HashMap::new();
    for l in status["leases"].as_array().unwrap() {
        *owners
            .entry(l["owner"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    owners
}

/// Waits until `check` holds for the lease owners (polling `status`); returns how long it took.
async fn wait_leases(
    stack: &MailStack,
    env: &[(String, String)],
    limit: Duration,
    check: impl Fn(&HashMap<String, usize>) -> bool,
) -> Result<Duration, HashMap<String, usize>> {
    let t0 = Instant::now();
    loop {
        let owners = lease_owners(&status(stack, env));
        if check(&owners) {
            return Ok(t0.elapsed());
        }
        if t0.elapsed() > limit {
            return Err(owners);
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// Waits until `n` mailboxes have a cursor: each was watched once, so mail appended from now on
/// is new mail to it (mail that arrives before a mailbox's very first watch is left alone by
/// design: see README, *First start*).
async fn wait_watched(db: &sqlx::AnyPool, n: i64, limit: Duration) {
    let t0 = Instant::now();
    loop {
        let watched = scalar(db, "SELECT COUNT(*) FROM mailbox_cursors").await;
        if watched >= n {
            return;
        }
        assert!(
            t0.elapsed() < limit,
            "only {watched} of {n} mailboxes watched after {limit:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Logged-in IMAP connections per user, as Dovecot counts them (`doveadm who -1`: one line per
/// connection). The server's side, so a socket left open by any process shows.
fn imap_sessions(stack: &MailStack) -> HashMap<String, usize> {
    let out = std::process::Command::new("doveadm")
        .arg("-c")
        .arg(stack.dir.join("dovecot.conf"))
        .args(["who", "-1"])
        .output()
        .expect("run doveadm who");
    assert!(
        out.status.success(),
        "doveadm who: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut per_user = HashMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines().skip(1) {
        if let Some(user) = line.split_whitespace().next() {
            *per_user.entry(user.to_string()).or_default() += 1;
        }
    }
    per_user
}

/// Sessions Dovecot had orphaned and the stack ended (see [`end_orphaned_sessions`]).
static ORPHANS_ENDED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Ends the sessions Dovecot itself has orphaned (scripts/mailstack/end-orphaned-imap.sh): an
/// imap process whose client is gone (imap-login has closed its end of the socket) and which
/// no longer reads its socket. Dovecot 2.3 leaves one behind when new mail is announced in
/// IDLE in the same event-loop turn as the client's death, and keeps it 30 minutes
/// (reproduced by [`a_session_dovecot_orphans_when_its_client_dies_as_mail_arrives_is_ended`]).
/// A session whose client still holds its connection never matches, so a second live watcher
/// still counts. Each session ended is printed and counted.
fn end_orphaned_sessions(stack: &MailStack) {
    for ended in stack.end_orphaned_imap_sessions() {
        ORPHANS_ENDED.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        println!(
            "  Dovecot had orphaned the imap session {ended} (client gone, socket unread): ended"
        );
    }
}

/// Mailboxes of `users` that do not have exactly one IMAP connection: user → count.
fn not_one_session(stack: &MailStack, users: &[String]) -> Vec<(String, usize)> {
    end_orphaned_sessions(stack);
    let counts = imap_sessions(stack);
    users
        .iter()
        .map(|u| (u.clone(), counts.get(u).copied().unwrap_or(0)))
        .filter(|(_, n)| *n != 1)
        .collect()
}

/// Every mailbox of `users` has exactly one IMAP connection, counted by Dovecot. The test's own
/// clients (APPEND) have just hung up and a desk being started may still be connecting, so the
/// count may take up to `settle` to reach one each; from then on it must stay one in every
/// sample over two more seconds. A second watcher that lingers (the defect of issue 21) fails.
async fn check_one_session_each(stack: &MailStack, users: &[String]) -> Result<(), String> {
    let settle = Duration::from_secs(10);
    let t0 = Instant::now();
    loop {
        let wrong = not_one_session(stack, users);
        if wrong.is_empty() {
            break;
        }
        if t0.elapsed() >= settle {
            return Err(format!(
                "mailboxes without exactly one IMAP session after {settle:?}: {wrong:?}"
            ));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_millis(400)).await;
        let wrong = not_one_session(stack, users);
        if !wrong.is_empty() {
            return Err(format!(
                "mailboxes without exactly one IMAP session: {wrong:?}"
            ));
        }
    }
    Ok(())
}

async fn assert_one_session_each(stack: &MailStack, users: &[String], when: &str) {
    if let Err(e) = check_one_session_each(stack, users).await {
        panic!("{when}: {e}");
    }
    println!(
        "replicas: {when}: exactly one IMAP session on each of the {} mailboxes (doveadm who)",
        users.len()
    );
}

/// TCP connections that process `pid` holds open to the stack's IMAPS port (the client's
/// side, `ss -tnp`).
fn imap_connections_of(stack: &MailStack, pid: u32) -> usize {
    let filter = format!("dport = :{}", stack.port("IMAPS_PORT"));
    let out = std::process::Command::new("ss")
        .args(["-tnpH", &filter])
        .output()
        .expect("run ss");
    let mark = format!("pid={pid},");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains(&mark))
        .count()
}

/// After a SIGKILL: the live replicas (`live`, process ids) hold exactly one IMAP connection
/// per mailbox together (their own TCP connections, counted from their side) and Dovecot lists
/// at least one session on every mailbox — within `settle`, then in every sample over two more
/// seconds. Dovecot's exact count is [`check_one_session_each`]'s.
async fn check_survivor_sessions(
    stack: &MailStack,
    users: &[String],
    live: &[u32],
) -> Result<(), String> {
    let settle = Duration::from_secs(10);
    let t0 = Instant::now();
    let ok = |stack: &MailStack| {
        let own: usize = live.iter().map(|p| imap_connections_of(stack, *p)).sum();
        let counts = imap_sessions(stack);
        let missing: Vec<&String> = users.iter().filter(|u| !counts.contains_key(*u)).collect();
        if own == users.len() && missing.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "the live replicas hold {own} IMAP connections for {} mailboxes; no session on {missing:?}",
                users.len()
            ))
        }
    };
    loop {
        match ok(stack) {
            Ok(()) => break,
            Err(e) if t0.elapsed() >= settle => return Err(format!("after {settle:?}: {e}")),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_millis(400)).await;
        ok(stack)?;
    }
    Ok(())
}

/// The live replicas' own connections ([`check_survivor_sessions`]), then Dovecot's exact
/// count ([`check_one_session_each`]).
async fn check_survivors_and_count(
    stack: &MailStack,
    users: &[String],
    live: &[u32],
) -> Result<(), String> {
    check_survivor_sessions(stack, users, live).await?;
    check_one_session_each(stack, users).await
}

/// Per mailbox, the sessions its lease owner reports (`status --format json`, `leases[].sessions`).
fn reported_sessions(status: &serde_json::Value) -> HashMap<String, i64> {
    status["leases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["mailbox"].as_str().unwrap().to_string(),
                l["sessions"].as_i64().unwrap(),
            )
        })
        .collect()
}

/// Waits until `n` leases each report exactly one session (written with the heartbeat).
async fn wait_reported_sessions(stack: &MailStack, env: &[(String, String)], n: usize) {
    let t0 = Instant::now();
    loop {
        let reported = reported_sessions(&status(stack, env));
        if reported.len() == n && reported.values().all(|s| *s == 1) {
            println!("replicas: status --format json: {n} leases, one session each");
            return;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(15),
            "status never showed one session per lease: {reported:?}"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

fn postgres() -> bool {
    std::env::var("SDTEST_DATABASE").as_deref() == Ok("postgres")
}

/// Twenty offices (the main file's + 19 office files) in one process: every request in every
/// mailbox gets exactly one ticket, numbered in its own office's sequence, and one
/// acknowledgement from its own office's address.
#[tokio::test(flavor = "multi_thread")]
async fn twenty_offices_in_one_deployment() {
    const PER_OFFICE: usize = 20;
    let codes = desk_codes(20);
    let users: Vec<String> = codes.iter().map(|c| desk_user(c)).collect();
    let stack = MailStack::start_with_users(&users);
    let env = deployment_env(&stack, &codes, &[]);
    let t0 = Instant::now();
    let mut daemon = Daemon::start(&stack, &as_refs(&env));
    // Every mailbox watched.
    let started = Instant::now();
    while daemon.log_text().matches("watching mailbox").count() < 20 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "not every mailbox is watched:\n{}",
            daemon.log_text()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    println!(
        "twenty offices: all 20 mailboxes watched {:.2} s after start",
        t0.elapsed().as_secs_f64()
    );
    let mut mailboxes = users.clone();
    mailboxes.insert(0, "ict.melandaha@office.test".to_string());
    let sent = append_everywhere(&stack, &mailboxes, 0..PER_OFFICE).await;
    let n = total(&sent);
    assert_eq!(n, 20 * PER_OFFICE);
    let db = stack.db().await;
    let drained = wait_drained(&db, n, Duration::from_secs(120)).await;
    assert!(
        drained.is_some(),
        "{} of {n} tickets after 120 s",
        ticket_count(&db).await
    );
    let tickets = tickets_json(&stack);
    assert_eq!(tickets.len(), n, "exactly one ticket per request");
    let mut per_office: HashMap<String, Vec<i64>> = HashMap::new();
    for t in &tickets {
        let reference = t["reference"].as_str().unwrap();
        let (office, seq) = (
            reference.split('-').next().unwrap().to_string(),
            reference
                .rsplit('-')
                .next()
                .unwrap()
                .parse::<i64>()
                .unwrap(),
        );
        assert_eq!(t["office"].as_str(), Some(office.as_str()));
        per_office.entry(office).or_default().push(seq);
    }
    assert_eq!(per_office.len(), 20, "{:?}", per_office.keys());
    for (office, mut seqs) in per_office {
        seqs.sort();
        assert_eq!(
            seqs,
            (1..=PER_OFFICE as i64).collect::<Vec<_>>(),
            "office {office}: its own sequence, no gaps"
        );
    }
    let acks = count_acks(&stack, &sent, Duration::from_secs(60)).await;
    assert!(
        acks.missing.is_empty(),
        "not acknowledged: {:?}",
        acks.missing
    );
    assert_eq!(acks.duplicates, 0);
    assert_eq!(acks.strays, 0);
    // Each acknowledgement comes from the office the citizen wrote to.
    let from_ok = scalar(
        &db,
        "SELECT COUNT(*) FROM outbox o JOIN tickets t ON t.id = o.ticket_id
         WHERE o.kind = 'ack' AND ((t.office = 'MEL' AND o.mail_from = 'ict.melandaha@office.test')
            OR o.mail_from = 'desk' || SUBSTR(t.office, 2) || '@office.test')",
    )
    .await;
    assert_eq!(
        from_ok as usize, n,
        "acknowledgements from the right office"
    );
    // The CLI filters by office.
    let out = sebadesk(
        &stack,
        &as_refs(&env),
        &["--office", "d07", "tickets", "list", "--format", "json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        PER_OFFICE
    );
    println!(
        "twenty offices: {n} requests, {n} tickets, {} acks delivered, drained {:.1} s after the appends",
        acks.delivered,
        drained.unwrap().as_secs_f64()
    );
    assert_eq!(daemon.stop(), Some(0));
}

/// Two replicas on one PostgreSQL database share twenty mailboxes evenly; one is SIGKILLed
/// while both take in a burst; the survivor takes over its mailboxes within the lease TTL and
/// finishes: one ticket per request, every request acknowledged.
#[tokio::test(flavor = "multi_thread")]
async fn two_replicas_share_the_mailboxes_and_survive_a_kill() {
    if !postgres() {
        eprintln!("replicas: skipped in the SQLite run (replicas share a PostgreSQL database)");
        return;
    }
    const PER_OFFICE: usize = 20;
    const TTL: u64 = 6;
    const HEARTBEAT: u64 = 2;
    let codes = desk_codes(20);
    let users: Vec<String> = codes.iter().map(|c| desk_user(c)).collect();
    let stack = MailStack::start_with_users(&users);
    let ttl = TTL.to_string();
    let heartbeat = HEARTBEAT.to_string();
    let env = deployment_env(
        &stack,
        &codes,
        &[
            ("SEBADESK_DEPLOYMENT_LEASE_TTL", &ttl),
            ("SEBADESK_DEPLOYMENT_HEARTBEAT", &heartbeat),
        ],
    );
    let with_id = |id: &'static str| {
        let mut e = env.clone();
        e.push(("SEBADESK_DEPLOYMENT_REPLICA_ID".into(), id.into()));
        e
    };
    let (env1, env2) = (with_id("r1"), with_id("r2"));
    let mut r1 = Daemon::start(&stack, &as_refs(&env1));
    let mut r2 = Daemon::start(&stack, &as_refs(&env2));
    let balanced = wait_leases(&stack, &env, Duration::from_secs(30), |o| {
        o.get("r1") == Some(&10) && o.get("r2") == Some(&10)
    })
    .await
    .unwrap_or_else(|o| panic!("leases never split 10/10: {o:?}"));
    println!(
        "replicas: 20 mailboxes split 10/10 between r1 and r2 {:.1} s after start",
        balanced.as_secs_f64()
    );

    let mut mailboxes = users.clone();
    mailboxes.insert(0, "ict.melandaha@office.test".to_string());
    let db = stack.db().await;
    wait_watched(&db, 20, Duration::from_secs(30)).await;
    assert_one_session_each(&stack, &mailboxes, "two replicas, before the kill").await;
    // The first half of the burst; r2 is killed while the replicas are taking it in.
    let mut sent = append_everywhere(&stack, &mailboxes, 0..PER_OFFICE / 2).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let before_kill = ticket_count(&db).await;
    r2.kill();
    let killed_at = Instant::now();
    // Sends that r2 had claimed when it died (each may or may not have reached Postfix).
    let interrupted: usize = {
        let rows: Vec<(i64,)> = sqlx::query_as(
            "SELECT id FROM outbox WHERE status = 'queued' AND lease_until IS NOT NULL AND claimed_by = 'r2'",
        )
        .fetch_all(&db)
        .await
        .unwrap_or_default();
        rows.len()
    };
    println!(
        "replicas: r2 SIGKILLed with {before_kill} of {} tickets committed and {interrupted} sends claimed",
        20 * PER_OFFICE / 2
    );
    // The second half arrives while r2 is dead: its mailboxes must be taken over.
    merge(
        &mut sent,
        append_everywhere(&stack, &mailboxes, PER_OFFICE / 2..PER_OFFICE).await,
    );
    let limit = Duration::from_secs(TTL + 3 * HEARTBEAT + 10);
    wait_leases(&stack, &env, limit, |o| o.get("r1") == Some(&20))
        .await
        .unwrap_or_else(|o| panic!("r1 did not take over r2's mailboxes within {limit:?}: {o:?}"));
    let takeover = killed_at.elapsed();
    println!(
        "replicas: r1 holds all 20 mailboxes {:.1} s after r2 was killed (lease TTL {TTL} s)",
        takeover.as_secs_f64()
    );
    // One watcher per mailbox: r1 holds exactly one connection per mailbox, and Dovecot counts
    // exactly one session on each.
    let r1_pid = r1.pid().expect("r1 runs");
    if let Err(e) = check_survivors_and_count(&stack, &mailboxes, &[r1_pid]).await {
        panic!("after the takeover: {e}");
    }
    println!(
        "replicas: after the takeover: r1 holds one IMAP connection per mailbox (20) and Dovecot \
         counts exactly one session on each of the {} mailboxes",
        mailboxes.len()
    );
    // And the operator sees the same: each lease's owner reports one session.
    wait_reported_sessions(&stack, &env, 20).await;
    let n = total(&sent);
    let drained = wait_drained(&db, n, Duration::from_secs(120)).await;
    assert!(
        drained.is_some(),
        "{} of {n} tickets, {:?} outbox rows still queued",
        ticket_count(&db).await,
        outbox_rows(&db)
            .await
            .iter()
            .filter(|r| r.2 == "queued")
            .count()
    );
    let tickets = tickets_json(&stack);
    assert_eq!(tickets.len(), n, "exactly one ticket per request");
    let acks = count_acks(&stack, &sent, Duration::from_secs(60)).await;
    assert!(
        acks.missing.is_empty(),
        "not acknowledged: {:?}",
        acks.missing
    );
    assert_eq!(acks.strays, 0);
    // Claimed is not sent: a replica claims ahead of its sends. At most smtp.concurrency (4)
    // of its claims were on the wire when it died; only those can be duplicated.
    assert!(
        acks.duplicates <= interrupted.min(4),
        "{} duplicates, but the kill could interrupt only {} sends ({interrupted} claimed, 4 at a time)",
        acks.duplicates,
        interrupted.min(4)
    );
    println!(
        "replicas: {n} requests → {} tickets, {} acks delivered, {} duplicates (≤ {interrupted} interrupted sends); \
         drained {:.1} s after the last append",
        tickets.len(),
        acks.delivered,
        acks.duplicates,
        drained.unwrap().as_secs_f64()
    );
    assert_eq!(r1.stop(), Some(0));
    // A clean stop gives the leases back at once.
    assert!(lease_owners(&status(&stack, &env)).is_empty());
}

/// A reminder that falls due while two replicas run — one of them joining and taking half the
/// offices over meanwhile — is queued and sent once, as is each office's morning digest.
#[tokio::test(flavor = "multi_thread")]
async fn a_reminder_due_while_two_replicas_run_is_sent_once() {
    if !postgres() {
        eprintln!("replicas: skipped in the SQLite run (replicas share a PostgreSQL database)");
        return;
    }
    let codes = desk_codes(4);
    let users: Vec<String> = codes.iter().map(|c| desk_user(c)).collect();
    let stack = MailStack::start_with_users(&users);
    // Today must be a working day and past the digest time, whatever day the test runs: no
    // weekend but a day that is not today, and a holiday folder with no day near today.
    let today = jiff::Timestamp::now().in_tz("Asia/Dhaka").unwrap().date();
    let weekend = format!("{:?}", today.tomorrow().unwrap().weekday())[..3].to_lowercase();
    let holidays = stack.dir.join("holidays");
    std::fs::create_dir_all(&holidays).unwrap();
    std::fs::write(
        holidays.join("far.toml"),
        "year = 2099\n[[holiday]]\ndate = \"2099-01-01\"\nname_bn = \"পরীক্ষা\"\nname_en = \"Test day\"\nkind = \"general\"\n",
    )
    .unwrap();
    let holidays = holidays.display().to_string();
    let env = deployment_env(
        &stack,
        &codes,
        &[
            ("SEBADESK_DEPLOYMENT_LEASE_TTL", "4"),
            ("SEBADESK_DEPLOYMENT_HEARTBEAT", "1"),
            ("SEBADESK_SLA_WEEKEND", &weekend),
            ("SEBADESK_SLA_HOLIDAYS", &holidays),
            ("SEBADESK_REMINDERS_DIGEST_TIME", "00:00"),
            ("SEBADESK_REMINDERS_INTERVAL", "1"),
        ],
    );
    let with_id = |id: &'static str| {
        let mut e = env.clone();
        e.push(("SEBADESK_DEPLOYMENT_REPLICA_ID".into(), id.into()));
        e
    };
    let mut r1 = Daemon::start(&stack, &as_refs(&with_id("r1")));
    wait_leases(&stack, &env, Duration::from_secs(30), |o| {
        o.get("r1") == Some(&4)
    })
    .await
    .unwrap();
    let mut mailboxes = users.clone();
    mailboxes.insert(0, "ict.melandaha@office.test".to_string());
    let db = stack.db().await;
    wait_watched(&db, 4, Duration::from_secs(30)).await;
    let sent = append_everywhere(&stack, &mailboxes, 0..1).await;
    assert!(
        wait_drained(&db, 4, Duration::from_secs(60))
            .await
            .is_some()
    );
    // Every ticket was received a month ago and fell due a minute ago: each office's officer
    // is owed one overdue notice. (A desk that starts on the other replica recomputes the
    // deadline from the receipt time: a month back, it stays overdue.)
    let now = jiff::Timestamp::now();
    let received = sebadesk::store::db_time(now - jiff::SignedDuration::from_hours(30 * 24));
    let due = sebadesk::store::db_time(now - jiff::SignedDuration::from_mins(1));
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE tickets SET received_at = '{received}', due_at = '{due}'"
    )))
    .execute(&db)
    .await
    .unwrap();
    // r2 joins while the reminders fall due; the offices are rebalanced between them.
    let mut r2 = Daemon::start(&stack, &as_refs(&with_id("r2")));
    wait_leases(&stack, &env, Duration::from_secs(30), |o| {
        o.get("r1") == Some(&2) && o.get("r2") == Some(&2)
    })
    .await
    .unwrap_or_else(|o| panic!("never rebalanced: {o:?}"));
    assert_one_session_each(&stack, &mailboxes, "after r2 joined and took half").await;
    // Both run several reminder passes (every second) over the overdue tickets.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let overdue = scalar(
        &db,
        "SELECT COUNT(*) FROM outbox WHERE kind = 'officer-overdue'",
    )
    .await;
    let digests = scalar(
        &db,
        "SELECT COUNT(*) FROM outbox WHERE kind = 'officer-digest'",
    )
    .await;
    let per_ticket = scalar(
        &db,
        "SELECT COUNT(*) FROM (SELECT ticket_id FROM outbox WHERE kind = 'officer-overdue'
         GROUP BY ticket_id HAVING COUNT(*) > 1) AS twice",
    )
    .await;
    println!(
        "reminders: {overdue} overdue notices for 4 overdue tickets, {digests} digests for 4 offices, with two replicas"
    );
    assert_eq!(overdue, 4, "one overdue notice per ticket");
    assert_eq!(per_ticket, 0);
    assert_eq!(digests, 4, "one digest per office");
    // And the officer's mailbox received each once.
    let mut officer = stack.imap("officer@office.test").await;
    let _ = officer.wait_for(8, Duration::from_secs(30)).await;
    // A second copy would still be on its way: give it time to arrive.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let subjects: Vec<String> = officer
        .messages()
        .await
        .iter()
        .filter_map(|(_, _, raw)| crate::faults::header(raw, "Subject"))
        .collect();
    println!(
        "reminders: the officer's mailbox holds {} mails",
        subjects.len()
    );
    assert_eq!(
        subjects.len(),
        8,
        "4 overdue notices + 4 digests, each once: {subjects:?}"
    );
    drop(sent);
    assert_eq!(r1.stop(), Some(0));
    assert_eq!(r2.stop(), Some(0));
}

/// `2026-11` when today (Dhaka) is in December 2026.
fn last_month_label() -> String {
    let today = jiff::Timestamp::now().in_tz("Asia/Dhaka").unwrap().date();
    let last = today.first_of_month().yesterday().unwrap();
    format!("{:04}-{:02}", last.year(), last.month())
}

/// Makes today the first working day of its month (every earlier day of the month a
/// holiday, tomorrow a weekend day): returns `sla.weekend` and the `sla.holidays` folder.
fn today_the_first_working_day(stack: &MailStack) -> (String, String) {
    let today = jiff::Timestamp::now().in_tz("Asia/Dhaka").unwrap().date();
    let weekend = format!("{:?}", today.tomorrow().unwrap().weekday())[..3].to_lowercase();
    let holidays = stack.dir.join("holidays");
    std::fs::create_dir_all(&holidays).unwrap();
    let mut list = format!("year = {}\n", today.year());
    let mut d = today.first_of_month();
    while d < today {
        list.push_str(&format!(
            "[[holiday]]\ndate = \"{d}\"\nname_bn = \"পরীক্ষা\"\nname_en = \"Test day\"\nkind = \"general\"\n"
        ));
        d = d.tomorrow().unwrap();
    }
    if today.day() == 1 {
        list = "year = 2099\n[[holiday]]\ndate = \"2099-01-01\"\nname_bn = \"পরীক্ষা\"\nname_en = \"Test day\"\nkind = \"general\"\n".into();
    }
    std::fs::write(holidays.join("this.toml"), list).unwrap();
    let holidays = holidays.display().to_string();
    (weekend, holidays)
}

/// Issue 19: the monthly charter report, due while two replicas run (one joining and taking
/// half the offices over), is queued and sent once per office. Today is made the first
/// working day of its month: every earlier day of the month is a holiday.
#[tokio::test(flavor = "multi_thread")]
async fn the_monthly_report_is_sent_once_with_two_replicas() {
    if !postgres() {
        eprintln!("replicas: skipped in the SQLite run (replicas share a PostgreSQL database)");
        return;
    }
    let codes = desk_codes(4);
    let mut users: Vec<String> = codes.iter().map(|c| desk_user(c)).collect();
    users.extend([
        "dc.district@office.test".into(),
        "adc.district@office.test".into(),
    ]);
    let stack = MailStack::start_with_users(&users);
    let (weekend, holidays) = today_the_first_working_day(&stack);
    let env = deployment_env(
        &stack,
        &codes,
        &[
            ("SEBADESK_DEPLOYMENT_LEASE_TTL", "4"),
            ("SEBADESK_DEPLOYMENT_HEARTBEAT", "1"),
            ("SEBADESK_SLA_WEEKEND", &weekend),
            ("SEBADESK_SLA_HOLIDAYS", &holidays),
            ("SEBADESK_REMINDERS_DIGEST_TIME", "00:00"),
            ("SEBADESK_REMINDERS_INTERVAL", "1"),
            ("SEBADESK_WEB_ADMINS", "dc.district@office.test"),
            (
                "SEBADESK_REMINDERS_REPORT_RECIPIENTS",
                "DC.District@office.test, adc.district@office.test",
            ),
        ],
    );
    let with_id = |id: &'static str| {
        let mut e = env.clone();
        e.push(("SEBADESK_DEPLOYMENT_REPLICA_ID".into(), id.into()));
        e
    };
    let mut r1 = Daemon::start(&stack, &as_refs(&with_id("r1")));
    let mut r2 = Daemon::start(&stack, &as_refs(&with_id("r2")));
    wait_leases(&stack, &env, Duration::from_secs(30), |o| {
        o.get("r1") == Some(&2) && o.get("r2") == Some(&2)
    })
    .await
    .unwrap_or_else(|o| panic!("never shared: {o:?}"));
    let db = stack.db().await;
    // Both run several passes (every second) while the leases settle.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let reports = scalar(&db, "SELECT COUNT(*) FROM outbox WHERE kind = 'report'").await;
    let keys = scalar(
        &db,
        "SELECT COUNT(DISTINCT dedup_key) FROM outbox WHERE kind = 'report'",
    )
    .await;
    println!("monthly report: {reports} queued for 4 offices with two replicas");
    assert_eq!(
        reports, 6,
        "one report per office (its officer; no supervisor set), and the district's to its \
         two recipients (the admin named twice, in two cases)"
    );
    assert_eq!(keys, 6);
    for to in ["dc.district@office.test", "adc.district@office.test"] {
        let mut inbox = stack.imap(to).await;
        let _ = inbox.wait_for(1, Duration::from_secs(30)).await;
        let mails = inbox.messages().await;
        assert_eq!(mails.len(), 1, "{to}: the district report once");
        let parsed = mail_parser::MessageParser::default()
            .parse(&mails[0].2)
            .expect("a mail");
        let subject = parsed.subject().unwrap_or_default();
        assert!(subject.contains("District charter report"), "{subject}");
        use mail_parser::MimeHeaders;
        assert_eq!(
            parsed.attachment(0).and_then(|a| a.attachment_name()),
            Some(format!("charter-report-district-{}.xlsx", last_month_label()).as_str())
        );
    }
    let mut officer = stack.imap("officer@office.test").await;
    let _ = officer.wait_for(4, Duration::from_secs(30)).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let subjects: Vec<String> = officer
        .messages()
        .await
        .iter()
        .filter_map(|(_, _, raw)| crate::faults::header(raw, "Subject"))
        .collect();
    assert_eq!(subjects.len(), 4, "each office's report once: {subjects:?}");
    assert_eq!(r1.stop(), Some(0));
    assert_eq!(r2.stop(), Some(0));
}

/// Issue 21: a desk given back to a replica that joins must have closed its IMAP session
/// before the other replica connects — also when it is stuck and does not stop in time. Here
/// every desk of r1 is stuck in the database (the test holds the `health` rows locked while
/// new mail arrives, as a slow database would), then r2 joins and r1 gives two mailboxes
/// back. Before the fix r1 waited 5 s, released the leases and left its stuck desks running,
/// each with its connection open: r2 connected too and Dovecot counted two sessions on each
/// mailbox given back, for as long as the database was slow. Now the stuck desk is aborted
/// (its session dropped) before its lease goes.
#[tokio::test(flavor = "multi_thread")]
async fn a_desk_given_back_while_stuck_closes_its_session_before_the_other_replica_connects() {
    if !postgres() {
        eprintln!("replicas: skipped in the SQLite run (replicas share a PostgreSQL database)");
        return;
    }
    let codes = desk_codes(4);
    let users: Vec<String> = codes.iter().map(|c| desk_user(c)).collect();
    let stack = MailStack::start_with_users(&users);
    let env = deployment_env(
        &stack,
        &codes,
        &[
            ("SEBADESK_DEPLOYMENT_LEASE_TTL", "6"),
            ("SEBADESK_DEPLOYMENT_HEARTBEAT", "1"),
            // Stuck desks hold pool connections; the lease loop must still get one.
            ("SEBADESK_DATABASE_MAX_CONNECTIONS", "16"),
        ],
    );
    let with_id = |id: &'static str| {
        let mut e = env.clone();
        e.push(("SEBADESK_DEPLOYMENT_REPLICA_ID".into(), id.into()));
        e
    };
    let mut r1 = Daemon::start(&stack, &as_refs(&with_id("r1")));
    wait_leases(&stack, &env, Duration::from_secs(30), |o| {
        o.get("r1") == Some(&4)
    })
    .await
    .unwrap_or_else(|o| panic!("r1 never took the 4 mailboxes: {o:?}"));
    let mut mailboxes = users.clone();
    mailboxes.insert(0, "ict.melandaha@office.test".to_string());
    let db = stack.db().await;
    wait_watched(&db, 4, Duration::from_secs(30)).await;
    // Each desk has recorded its intake health once: the rows to lock exist.
    let t0 = Instant::now();
    while scalar(
        &db,
        "SELECT COUNT(*) FROM health WHERE component LIKE 'imap%'",
    )
    .await
        < 4
    {
        assert!(
            t0.elapsed() < Duration::from_secs(30),
            "no intake health rows"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_one_session_each(&stack, &mailboxes, "r1 alone").await;

    // A slow database: the intake health rows are locked; mail arrives; every desk of r1
    // takes it in and then waits on the lock, its IMAP session open.
    let locker = stack.db().await;
    let mut lock = locker.begin().await.unwrap();
    sqlx::query("SELECT component FROM health WHERE component LIKE 'imap%' FOR UPDATE")
        .fetch_all(&mut *lock)
        .await
        .unwrap();
    let sent = append_everywhere(&stack, &mailboxes, 0..1).await;
    tokio::time::sleep(Duration::from_secs(2)).await;

    // r2 joins: r1 gives two mailboxes back while their desks are stuck.
    let mut r2 = Daemon::start(&stack, &as_refs(&with_id("r2")));
    let rebalanced = wait_leases(&stack, &env, Duration::from_secs(40), |o| {
        o.get("r1") == Some(&2) && o.get("r2") == Some(&2)
    })
    .await
    .unwrap_or_else(|o| panic!("never rebalanced: {o:?}"));
    println!(
        "replicas: with r1's desks stuck, the leases split 2/2 {:.1} s after r2 started",
        rebalanced.as_secs_f64()
    );
    let t0 = Instant::now();
    while r2.log_text().matches("watching mailbox").count() < 2 {
        assert!(
            t0.elapsed() < Duration::from_secs(30),
            "r2 never watched its two mailboxes:\n{}",
            r2.log_text()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Still stuck (the lock is held): each mailbox has exactly one session, r1's or r2's.
    assert_one_session_each(
        &stack,
        &mailboxes,
        "a stuck desk given back to a joining replica",
    )
    .await;
    lock.rollback().await.unwrap();
    drop(locker);

    // The database is back: every request gets exactly one ticket.
    let n = total(&sent);
    assert!(
        wait_drained(&db, n, Duration::from_secs(60))
            .await
            .is_some(),
        "{} of {n} tickets",
        ticket_count(&db).await
    );
    assert_eq!(
        tickets_json(&stack).len(),
        n,
        "exactly one ticket per request"
    );
    assert_one_session_each(&stack, &mailboxes, "after the database came back").await;
    assert_eq!(r1.stop(), Some(0));
    assert_eq!(r2.stop(), Some(0));
}

/// Process ids of `user`'s IMAP sessions, as Dovecot lists them (`doveadm who -1`).
fn session_pids(stack: &MailStack, user: &str) -> Vec<u32> {
    let out = std::process::Command::new("doveadm")
        .arg("-c")
        .arg(stack.dir.join("dovecot.conf"))
        .args(["who", "-1"])
        .output()
        .expect("run doveadm who");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|f| f.len() >= 3 && f[0] == user)
        .filter_map(|f| f[2].parse().ok())
        .collect()
}

/// `kill -SIG PID` (the test runs as root, like the mail stack).
fn signal(pid: u32, sig: &str) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{sig}"), &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -{sig} {pid}");
}

/// Waits (up to `limit`) until `user`'s sessions are exactly `want`; returns what they were.
async fn wait_sessions(stack: &MailStack, user: &str, want: &[u32], limit: Duration) -> Vec<u32> {
    let t0 = Instant::now();
    loop {
        let mut pids = session_pids(stack, user);
        pids.sort_unstable();
        if pids == want || t0.elapsed() >= limit {
            return pids;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// One try at the race of the takeover loop, made certain: a client idling on `user`'s INBOX
/// dies while Dovecot's 500 ms new-mail timer for it is running, and its imap process runs
/// again only after the timer is due (SIGSTOP/SIGCONT stand in for a loaded machine that
/// schedules it late). In the turn where it wakes, Dovecot runs the timer before it reads the
/// end of file: "* 1 EXISTS" fails to write (EPIPE), IDLE ends without freeing the command,
/// and nothing reads the socket again. Returns the idler's imap process id.
async fn idle_client_dies_as_mail_arrives(stack: &MailStack, user: &str, i: usize) -> u32 {
    let before = session_pids(stack, user);
    let idler = stack.imap(user).await;
    let pid = *session_pids(stack, user)
        .iter()
        .find(|p| !before.contains(p))
        .expect("the idler's imap process");
    let mut idle = idler.session.idle();
    idle.init().await.expect("IDLE");
    let (_, _, raw) = request("orphan", i);
    let mut appender = stack.imap(user).await;
    appender.append(&raw).await;
    drop(appender);
    // Dovecot has seen the new file (inotify) and armed its 500 ms timer; stop it before that.
    tokio::time::sleep(Duration::from_millis(150)).await;
    signal(pid, "STOP");
    drop(idle); // the client dies: TCP closed, imap-login closes its end of the socket
    tokio::time::sleep(Duration::from_millis(800)).await;
    signal(pid, "CONT");
    pid
}

/// Issue 21, the session Dovecot kept after the takeover: the cause, reproduced, and the stack's
/// remedy. Dovecot 2.3 orphans the imap process of a client that dies while new mail is being
/// announced in IDLE (see scripts/mailstack/end-orphaned-imap.sh): `doveadm who` lists it for
/// Dovecot's 30-minute autologout. Here it must still be listed 3 s later (Dovecot's own
/// behaviour, the cause); then the stack ends it, and a live client idling on the same mailbox
/// is left alone. Without the stack's remedy the session count stays two.
#[tokio::test(flavor = "multi_thread")]
async fn a_session_dovecot_orphans_when_its_client_dies_as_mail_arrives_is_ended() {
    let user = "desk02@office.test".to_string();
    let stack = MailStack::start_with_users(std::slice::from_ref(&user));
    let live = stack.imap(&user).await;
    let live_pid = session_pids(&stack, &user)[0];
    let mut live_idle = live.session.idle();
    live_idle.init().await.expect("IDLE");
    // The race is made certain but Dovecot's inotify may still be late on a loaded machine:
    // up to three tries, each printed.
    let mut orphan = None;
    for i in 0..3 {
        let pid = idle_client_dies_as_mail_arrives(&stack, &user, i).await;
        tokio::time::sleep(Duration::from_secs(3)).await;
        let alive = std::path::Path::new(&format!("/proc/{pid}")).exists();
        println!(
            "orphan try {}: the dead client's imap process {pid} is {} 3 s later",
            i + 1,
            if alive { "still there" } else { "gone" }
        );
        if alive && session_pids(&stack, &user).contains(&pid) {
            orphan = Some(pid);
            break;
        }
    }
    let orphan = orphan.expect("Dovecot never kept the dead client's session (3 tries)");
    let mut both = vec![live_pid, orphan];
    both.sort_unstable();
    assert_eq!(
        wait_sessions(&stack, &user, &both, Duration::ZERO).await,
        both,
        "Dovecot lists the live session and the orphaned one"
    );
    let ended = stack.end_orphaned_imap_sessions();
    println!("end-orphaned-imap.sh ended: {ended:?}");
    assert_eq!(ended, vec![format!("{orphan} {user}")]);
    assert_eq!(
        wait_sessions(&stack, &user, &[live_pid], Duration::from_secs(5)).await,
        vec![live_pid],
        "exactly the live session is left"
    );
    // The live client's session still works: new mail reaches it in IDLE.
    let (_, _, raw) = request("orphan", 9);
    stack.imap(&user).await.append(&raw).await;
    let woke = tokio::time::timeout(Duration::from_secs(10), live_idle.wait().0).await;
    assert!(
        matches!(woke, Ok(Ok(_))),
        "the live idler was not told of new mail: {woke:?}"
    );
    assert!(stack.end_orphaned_imap_sessions().is_empty());
}

/// The takeover of issue 21, many times over (run by hand; about 35 s a run):
///
/// ```text
/// SDTEST_DATABASE=postgres SDTEST_TAKEOVER_RUNS=30 \
///     cargo test --test integration takeover_runs -- --ignored --nocapture
/// ```
///
/// Each run: a fresh stack, 20 offices, two replicas (lease TTL 6 s, heartbeat 2 s), one
/// request per office, r2 SIGKILLed, one more request per office, r1 takes over; then a third
/// replica joins and takes half. Dovecot's session count is checked before the kill, after
/// the takeover and after the rebalance; every request must have exactly one ticket. Every
/// run is done and the failures counted, so the figure is a rate.
#[tokio::test(flavor = "multi_thread")]
#[ignore]
async fn takeover_runs_keep_one_session_per_mailbox() {
    if !postgres() {
        eprintln!("replicas: the takeover loop needs SDTEST_DATABASE=postgres");
        return;
    }
    let runs: usize = std::env::var("SDTEST_TAKEOVER_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let mut failures: Vec<(usize, String)> = Vec::new();
    let t0 = Instant::now();
    for run in 1..=runs {
        let started = Instant::now();
        let outcome = one_takeover_run().await;
        let shown = match &outcome {
            Ok(()) => "one session per mailbox throughout".to_string(),
            Err(e) => e.clone(),
        };
        println!(
            "takeover run {run}/{runs}: {shown} ({:.1} s)",
            started.elapsed().as_secs_f64()
        );
        if let Err(e) = outcome {
            failures.push((run, e));
        }
    }
    println!(
        "takeover loop: {} of {runs} runs with a mailbox without exactly one Dovecot session; \
         {} sessions orphaned by Dovecot ended by the stack ({:.0} s in all)",
        failures.len(),
        ORPHANS_ENDED.load(std::sync::atomic::Ordering::SeqCst),
        t0.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{failures:?}");
}

/// One run of [`takeover_runs_keep_one_session_per_mailbox`]; Err says which check failed.
async fn one_takeover_run() -> Result<(), String> {
    let codes = desk_codes(20);
    let users: Vec<String> = codes.iter().map(|c| desk_user(c)).collect();
    let stack = MailStack::start_with_users(&users);
    let env = deployment_env(
        &stack,
        &codes,
        &[
            ("SEBADESK_DEPLOYMENT_LEASE_TTL", "6"),
            ("SEBADESK_DEPLOYMENT_HEARTBEAT", "2"),
        ],
    );
    let with_id = |id: &'static str| {
        let mut e = env.clone();
        e.push(("SEBADESK_DEPLOYMENT_REPLICA_ID".into(), id.into()));
        e
    };
    let mut r1 = Daemon::start(&stack, &as_refs(&with_id("r1")));
    let mut r2 = Daemon::start(&stack, &as_refs(&with_id("r2")));
    wait_leases(&stack, &env, Duration::from_secs(30), |o| {
        o.get("r1") == Some(&10) && o.get("r2") == Some(&10)
    })
    .await
    .map_err(|o| format!("leases never split 10/10: {o:?}"))?;
    let mut mailboxes = users.clone();
    mailboxes.insert(0, "ict.melandaha@office.test".to_string());
    let db = stack.db().await;
    wait_watched(&db, 20, Duration::from_secs(30)).await;
    check_one_session_each(&stack, &mailboxes)
        .await
        .map_err(|e| format!("before the kill: {e}"))?;
    let mut sent = append_everywhere(&stack, &mailboxes, 0..1).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    r2.kill();
    merge(&mut sent, append_everywhere(&stack, &mailboxes, 1..2).await);
    wait_leases(&stack, &env, Duration::from_secs(30), |o| {
        o.get("r1") == Some(&20)
    })
    .await
    .map_err(|o| format!("no takeover: {o:?}"))?;
    let r1_pid = r1.pid().expect("r1 runs");
    let orphans_before = ORPHANS_ENDED.load(std::sync::atomic::Ordering::SeqCst);
    let after_takeover = check_survivors_and_count(&stack, &mailboxes, &[r1_pid]).await;
    if after_takeover.is_err()
        || ORPHANS_ENDED.load(std::sync::atomic::Ordering::SeqCst) > orphans_before
    {
        keep_evidence(&stack, &[&r1, &r2]);
    }
    after_takeover.map_err(|e| format!("after the takeover: {e}"))?;
    let n = total(&sent);
    if wait_drained(&db, n, Duration::from_secs(60))
        .await
        .is_none()
    {
        return Err(format!("{} of {n} tickets", ticket_count(&db).await));
    }
    let tickets = tickets_json(&stack).len();
    if tickets != n {
        return Err(format!("{tickets} tickets for {n} requests"));
    }
    let mut r3 = Daemon::start(&stack, &as_refs(&with_id("r3")));
    wait_leases(&stack, &env, Duration::from_secs(40), |o| {
        o.get("r1") == Some(&10) && o.get("r3") == Some(&10)
    })
    .await
    .map_err(|o| format!("never rebalanced with r3: {o:?}"))?;
    let live = [r1_pid, r3.pid().expect("r3 runs")];
    if let Err(e) = check_survivors_and_count(&stack, &mailboxes, &live).await {
        keep_evidence(&stack, &[&r1, &r3]);
        return Err(format!("after r3 joined: {e}"));
    }
    if r1.stop() != Some(0) || r3.stop() != Some(0) {
        return Err("a replica did not stop cleanly".into());
    }
    Ok(())
}

/// A failed run's evidence, kept in /tmp/sdt-takeover-PID-N/ (the stack's folder goes with
/// it): the daemons' logs, Dovecot's log and session list, and which local processes hold TCP
/// connections to the IMAPS port.
fn keep_evidence(stack: &MailStack, daemons: &[&Daemon]) {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let dir = std::path::PathBuf::from(format!(
        "/tmp/sdt-takeover-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::create_dir_all(&dir);
    for (i, d) in daemons.iter().enumerate() {
        let _ = std::fs::copy(&d.log, dir.join(format!("daemon-{i}.log")));
    }
    let _ = std::fs::copy(stack.dir.join("log/dovecot.log"), dir.join("dovecot.log"));
    let run = |args: &[&str]| {
        std::process::Command::new(args[0])
            .args(&args[1..])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).to_string())
            .unwrap_or_default()
    };
    let conf = stack.dir.join("dovecot.conf").display().to_string();
    let port = format!("dport = :{}", stack.port("IMAPS_PORT"));
    let report = format!(
        "doveadm who -1:\n{}\nss -tnp {port}:\n{}\nps:\n{}",
        run(&["doveadm", "-c", &conf, "who", "-1"]),
        run(&["ss", "-tnp", &port]),
        run(&["ps", "-eo", "pid,ppid,etime,args"])
            .lines()
            .filter(|l| l.contains("sebadesk") || l.contains("imap"))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let _ = std::fs::write(dir.join("report.txt"), report);
    eprintln!("evidence kept in {}", dir.display());
}

/// Issue 19: the district-wide monthly report reaches `web.admins` and
/// `reminders.report_recipients` (the same address in two spellings counts once) through
/// Postfix into Dovecot, once, while the daemon keeps looking every second. Both databases;
/// the two-replica test above shows "once" with replicas on PostgreSQL.
#[tokio::test(flavor = "multi_thread")]
async fn the_district_report_reaches_its_recipients_once() {
    let codes = desk_codes(3);
    let mut users: Vec<String> = codes.iter().map(|c| desk_user(c)).collect();
    users.extend([
        "dc.district@office.test".into(),
        "adc.district@office.test".into(),
    ]);
    let stack = MailStack::start_with_users(&users);
    let (weekend, holidays) = today_the_first_working_day(&stack);
    let env = deployment_env(
        &stack,
        &codes,
        &[
            ("SEBADESK_SLA_WEEKEND", &weekend),
            ("SEBADESK_SLA_HOLIDAYS", &holidays),
            ("SEBADESK_REMINDERS_DIGEST_TIME", "00:00"),
            ("SEBADESK_REMINDERS_INTERVAL", "1"),
            ("SEBADESK_WEB_ADMINS", "dc.district@office.test"),
            (
                "SEBADESK_REMINDERS_REPORT_RECIPIENTS",
                "DC.District@office.test, adc.district@office.test",
            ),
        ],
    );
    let mut daemon = Daemon::start(&stack, &as_refs(&env));
    for to in ["dc.district@office.test", "adc.district@office.test"] {
        let mut inbox = stack.imap(to).await;
        let _ = inbox.wait_for(1, Duration::from_secs(60)).await;
        let mails = inbox.messages().await;
        assert_eq!(mails.len(), 1, "{to}: the district report");
        let parsed = mail_parser::MessageParser::default()
            .parse(&mails[0].2)
            .expect("a mail");
        let subject = parsed.subject().unwrap_or_default().to_string();
        assert!(
            subject.contains("District charter report 3 offices"),
            "{subject}"
        );
        use mail_parser::MimeHeaders;
        assert_eq!(
            parsed.attachment(0).and_then(|a| a.attachment_name()),
            Some(format!("charter-report-district-{}.xlsx", last_month_label()).as_str())
        );
        assert!(
            parsed.body_html(0).is_some_and(|h| h.contains("<svg")),
            "the HTML report"
        );
    }
    // More passes of every office loop: nothing new.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let db = stack.db().await;
    assert_eq!(
        scalar(
            &db,
            "SELECT COUNT(*) FROM outbox WHERE dedup_key LIKE 'report:district:%'"
        )
        .await,
        2
    );
    for to in ["dc.district@office.test", "adc.district@office.test"] {
        assert_eq!(stack.imap(to).await.messages().await.len(), 1, "{to}");
    }
    assert_eq!(daemon.stop(), Some(0));
}
