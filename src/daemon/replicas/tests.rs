//! Tests of `replicas`.

//! The per-mailbox slots, with tasks that stand for desks: a "session" is a count held
//! from the task's start until its future is dropped (as an IMAP socket is).
use super::*;

/// Counts live sessions; dropped with the task's future.
struct Session(Arc<AtomicU32>);
impl Drop for Session {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A desk that ignores its stop (stuck in a slow commit): it only ends when aborted.
fn stubborn(sessions: Arc<AtomicU32>) -> impl FnOnce(CancellationToken) -> JoinHandle<()> {
    move |_cancel| {
        sessions.fetch_add(1, Ordering::SeqCst);
        let session = Session(sessions);
        tokio::spawn(async move {
            let _held = session;
            std::future::pending::<()>().await
        })
    }
}

/// A desk that stops when told.
fn polite(sessions: Arc<AtomicU32>) -> impl FnOnce(CancellationToken) -> JoinHandle<()> {
    move |cancel| {
        sessions.fetch_add(1, Ordering::SeqCst);
        let session = Session(sessions);
        tokio::spawn(async move {
            let _held = session;
            cancel.cancelled().await
        })
    }
}

const GRACE: Duration = Duration::from_millis(200);

#[tokio::test]
async fn a_mailbox_gets_no_second_desk_while_the_first_has_not_ended() {
    let sessions = Arc::new(AtomicU32::new(0));
    let mut slots = DeskSlots::new(GRACE);
    let m = "desk02@localhost/INBOX";
    assert!(slots.start(m, stubborn(sessions.clone()), CancellationToken::new()));
    // The lease was lost, then came back (or the renewal failed for a TTL): the old desk
    // was told to stop but is still in its stop window. No second desk may start.
    slots.request_stop(m, Instant::now());
    slots.reap();
    assert!(!slots.is_free(m));
    assert!(!slots.start(m, polite(sessions.clone()), CancellationToken::new()));
    assert_eq!(sessions.load(Ordering::SeqCst), 1);
    // Within the grace nothing is aborted.
    slots.abort_overdue(Instant::now());
    tokio::task::yield_now().await;
    slots.reap();
    assert!(!slots.is_free(m));
    // Past it, the desk is aborted: its future (and the session in it) is dropped, and
    // only then is the slot free.
    tokio::time::sleep(GRACE).await;
    slots.abort_overdue(Instant::now());
    let t0 = Instant::now();
    while !slots.reap().iter().any(|e| e.mailbox == m && !e.give_back) {
        assert!(
            t0.elapsed() < Duration::from_secs(5),
            "aborted desk never ended"
        );
        tokio::task::yield_now().await;
    }
    assert_eq!(
        sessions.load(Ordering::SeqCst),
        0,
        "the old session is gone"
    );
    assert!(slots.start(m, polite(sessions.clone()), CancellationToken::new()));
    assert_eq!(sessions.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn stop_and_wait_returns_only_when_every_desk_ended() {
    let sessions = Arc::new(AtomicU32::new(0));
    let mut slots = DeskSlots::new(GRACE);
    let names: Vec<String> = (0..4).map(|i| format!("desk{i}@localhost/INBOX")).collect();
    for (i, m) in names.iter().enumerate() {
        let spawn: Box<dyn FnOnce(CancellationToken) -> JoinHandle<()>> = if i % 2 == 0 {
            Box::new(stubborn(sessions.clone()))
        } else {
            Box::new(polite(sessions.clone()))
        };
        assert!(slots.start(m, spawn, CancellationToken::new()));
    }
    assert_eq!(sessions.load(Ordering::SeqCst), 4);
    // Giving two back (one stubborn, one polite): when this returns, their sessions are
    // closed — the lease may go to another replica now.
    slots.stop_and_wait(&names[..2]).await;
    assert_eq!(sessions.load(Ordering::SeqCst), 2);
    assert!(slots.is_free(&names[0]) && slots.is_free(&names[1]));
    assert_eq!(slots.running_count(), 2);
    // Shutdown: the rest, stubborn or not.
    slots.stop_all_and_wait().await;
    assert_eq!(sessions.load(Ordering::SeqCst), 0);
    assert_eq!(slots.running_count(), 0);
}

/// Giving a lease back: the desk is told to stop, the lease loop goes on (it does not
/// wait), and the mailbox is reported as ready to release only once the desk has ended —
/// aborted after the grace if it was stuck.
#[tokio::test]
async fn a_lease_is_given_back_only_once_its_desk_has_ended() {
    let sessions = Arc::new(AtomicU32::new(0));
    let mut slots = DeskSlots::new(GRACE);
    let (stuck, quick) = ("desk02@localhost/INBOX", "desk03@localhost/INBOX");
    assert!(slots.start(stuck, stubborn(sessions.clone()), CancellationToken::new()));
    assert!(slots.start(quick, polite(sessions.clone()), CancellationToken::new()));
    assert!(slots.request_give_back(stuck, Instant::now()));
    assert!(slots.request_give_back(quick, Instant::now()));
    assert!(!slots.request_give_back("desk09@localhost/INBOX", Instant::now()));
    assert_eq!(slots.giving_back().len(), 2);
    let mut released: Vec<String> = Vec::new();
    let t0 = Instant::now();
    while released.len() < 2 {
        assert!(
            t0.elapsed() < Duration::from_secs(5),
            "never released: {released:?}"
        );
        slots.abort_overdue(Instant::now());
        for e in slots.reap() {
            assert!(e.give_back);
            // Whenever a lease may go, no session of its mailbox is open here any more.
            let open = sessions.load(Ordering::SeqCst) as usize;
            assert!(
                open <= 1 - released.len(),
                "{open} sessions when {} goes",
                e.mailbox
            );
            released.push(e.mailbox);
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(released[0], quick, "the desk that stopped goes first");
    assert!(t0.elapsed() >= GRACE, "the stuck one only after the grace");
    assert_eq!(sessions.load(Ordering::SeqCst), 0);
    assert!(slots.giving_back().is_empty());
}

#[tokio::test]
async fn a_desk_that_ended_by_itself_frees_its_slot() {
    let sessions = Arc::new(AtomicU32::new(0));
    let mut slots = DeskSlots::new(GRACE);
    let m = "desk02@localhost/INBOX";
    let cancel = CancellationToken::new();
    assert!(slots.start(m, polite(sessions.clone()), cancel.clone()));
    cancel.cancel(); // as if it ended on its own: not told by the slots
    let t0 = Instant::now();
    while slots.reap().is_empty() {
        assert!(t0.elapsed() < Duration::from_secs(5));
        tokio::task::yield_now().await;
    }
    assert!(slots.is_free(m));
}
