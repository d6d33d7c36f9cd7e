//! The one save path: the rules for keeping a document in the browser's storage, for every tab
//! and window at once, and [`SavedDocument`], which applies them. Pure (storage is a [`Store`]),
//! so that they are tested natively with two simulated tabs; in the app the store is
//! [`crate::browser::local_store::LocalStore`], and the assessments library and the workshop
//! board both go through it.
//!
//! 1. **Every change is saved the moment it is made**, typing included, so a reload or a closed
//!    tab loses nothing and the order of saves is the order of edits.
//! 2. **Two tabs never overwrite each other.** Each tab remembers the text it last read or wrote
//!    (its *base*). Before writing it reads what is stored now; if another tab wrote since, it
//!    merges item by item ([`crate::core::merge`]): edits to different items both survive, and
//!    on the same item the later edit wins. A tab that hears of another's save merges the same
//!    way and shows the result at once, without a reload; what it is in the middle of typing is
//!    its own latest edit, so it stays. Which assessment a tab has open is its own: another
//!    tab's save never changes it, and never makes this tab write.
//! 3. **A document written by a newer Rungs is never written over.** This tab says so and keeps
//!    working, saving under a key of its own beside it ([`aside_key`]), and the newer document
//!    stays byte for byte as it was. Fields a newer Rungs added to a document of a schema this
//!    version reads are kept through every round trip ([`crate::core::unknown_fields`]).
//! 4. **Text that cannot be read is copied aside before anything is written over it** (by the
//!    adapter, to a backup key); if the copy fails, nothing is written there, ever. What can
//!    still be read of it ([`Document::salvage`]: every assessment but a damaged one) is opened,
//!    so one bad item does not hide the rest.
//! 5. **A failed write keeps the last good document in storage and this tab's work in memory**,
//!    and the next change (or Retry) tries again with the same merge.

/// The key a tab saves under while a newer Rungs's document holds `key`.
pub fn aside_key(key: &str) -> String {
    format!("{key}.from-an-older-rungs")
}

/// Why stored text cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Written by a newer Rungs, in a schema this version does not know.
    Newer { found: u32 },
    /// Damaged, or not a Rungs document: the reason in plain words.
    Damaged(String),
}

/// A document kept in storage: the assessments library, or the workshop board.
pub trait Document: Clone + PartialEq {
    /// The document when nothing is stored.
    fn empty() -> Self;
    fn read(text: &str) -> Result<Self, Unreadable>;
    /// The text to store, or `None` to remove the key (a cleared board).
    fn write(&self) -> Option<String>;
    fn merge(base: &Self, ours: &Self, theirs: &Self) -> Self;
    /// This document with what belongs to a tab alone (the assessment it has open) taken from
    /// `other`: what it would store if only the shared content counted. Hearing another tab's
    /// save never makes a tab write just because its own view differs, or two tabs with
    /// different assessments open would answer each other's saves forever.
    fn with_view_of(&self, other: &Self) -> Self {
        let _ = other;
        self.clone()
    }
    /// The part of unreadable text that can still be used, with plain words for what was left
    /// out, so that one damaged item does not hide the rest. `None`: nothing can be kept.
    fn salvage(text: &str) -> Option<(Self, String)> {
        let _ = text;
        None
    }
}

/// What stored text holds, for this version.
pub fn read_stored<D: Document>(text: Option<&str>) -> Result<D, Unreadable> {
    match text {
        None => Ok(D::empty()),
        Some(text) => D::read(text),
    }
}

/// What to do about a change, or about another tab's save.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<D> {
    /// Nothing to write, nothing new to show.
    Nothing,
    /// Show `shown` from now on; write `write` (`Some(None)` removes the key), or nothing.
    Apply {
        shown: D,
        write: Option<Option<String>>,
    },
    /// The stored text cannot be read: copy it aside, then write `write` and show `shown`.
    BackUpThen {
        damaged: String,
        reason: String,
        shown: D,
        write: Option<String>,
    },
    /// A newer Rungs wrote there: write nothing there from now on.
    Newer { found: u32 },
}

/// One tab's view of one key: what it last read or wrote there.
#[derive(Debug, Clone, PartialEq)]
pub struct Keeper<D> {
    pub base_text: Option<String>,
    pub base: D,
}

impl<D: Document> Keeper<D> {
    /// A keeper that last saw `text` (read at start), which held `doc`.
    pub fn new(text: Option<String>, doc: D) -> Self {
        Keeper {
            base_text: text,
            base: doc,
        }
    }

    /// This tab changed its document to `ours`; the store holds `now`.
    pub fn on_change(&self, ours: &D, now: Option<&str>) -> Step<D> {
        if now == self.base_text.as_deref() {
            if *ours == self.base {
                // Nothing changed here since this tab last read or wrote (showing another
                // tab's save runs the save path too): nothing to write, even if this tab's
                // own view differs from the stored one.
                return Step::Nothing;
            }
            let text = ours.write();
            if text == self.base_text {
                return Step::Nothing;
            }
            return Step::Apply {
                shown: ours.clone(),
                write: Some(text),
            };
        }
        self.merge_stored(ours, now, |merged, _| {
            let text = merged.write();
            (text.as_deref() != now).then_some(text)
        })
    }

    /// Another tab saved: the store holds `now`, this tab shows `ours`.
    pub fn on_other_save(&self, ours: &D, now: Option<&str>) -> Step<D> {
        if now == self.base_text.as_deref() {
            return Step::Nothing;
        }
        self.merge_stored(ours, now, |merged, theirs| {
            // Only this tab's own unsaved change can make the merge differ from theirs: which
            // assessment this tab has open is not one.
            let shared = merged.with_view_of(theirs).write();
            (shared.as_deref() != now).then(|| merged.write())
        })
    }

    /// Merges `ours` into what the store holds (`now`, which another tab wrote) and shows the
    /// result; `write` says what to store of it, given the merge and theirs. Text this version
    /// cannot use is handled alike for a change and for another tab's save.
    fn merge_stored(
        &self,
        ours: &D,
        now: Option<&str>,
        write: impl FnOnce(&D, &D) -> Option<Option<String>>,
    ) -> Step<D> {
        match read_stored::<D>(now) {
            Ok(theirs) => {
                let merged = D::merge(&self.base, ours, &theirs);
                let write = write(&merged, &theirs);
                Step::Apply {
                    shown: merged,
                    write,
                }
            }
            Err(Unreadable::Newer { found }) => Step::Newer { found },
            Err(Unreadable::Damaged(reason)) => Step::BackUpThen {
                damaged: now.unwrap_or_default().to_string(),
                reason,
                shown: ours.clone(),
                write: ours.write(),
            },
        }
    }

    /// The store now holds `text`, read or written by this tab, which is `doc`.
    pub fn seen(&mut self, text: Option<String>, doc: D) {
        self.base_text = text;
        self.base = doc;
    }
}

/// Where documents are kept: the browser's local storage in the app
/// ([`crate::browser::local_store::LocalStore`]), a map in the tests.
pub trait Store: Clone {
    fn read(&self, key: &str) -> Option<String>;
    /// Writes `value` under `key`; a failed write leaves the previous value in place.
    fn write(&self, key: &str, value: &str) -> Result<(), WriteError>;
    fn remove(&self, key: &str);
    /// Copies `text`, which could not be read, to a backup key and returns the key.
    fn back_up(&self, text: &str, now: &str) -> Result<String, WriteError>;
}

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// Anything else the browser refused, in its own words.
    Refused(String),
}

/// How keeping one document is going, in words a banner can say truthfully.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SaveStatus {
    /// Every change is saved.
    #[default]
    Saving,
    /// The browser does not let this page keep data (private mode, a sandboxed frame).
    Unavailable,
    /// The stored text could not be read. It was copied untouched to `backup_key`; when even that
    /// failed (`None`), nothing is ever written over it and this tab's changes are not kept.
    /// `partly_read`: what could be read of it is open (the rest is only in the copy).
    Unreadable {
        message: String,
        backup_key: Option<String>,
        text: String,
        partly_read: bool,
    },
    /// A newer Rungs wrote the document. It stays as it is; this tab saves under `aside_key`.
    Newer { found: u32, aside_key: String },
    /// The last change could not be saved because storage is full. It is kept in this tab and
    /// saved with the next change, or on Retry.
    Full,
    /// The browser refused to save for another reason, in its words.
    Refused(String),
}

impl SaveStatus {
    /// Is this tab's work going into storage?
    pub fn is_saving(&self) -> bool {
        matches!(self, SaveStatus::Saving | SaveStatus::Newer { .. })
            || matches!(
                self,
                SaveStatus::Unreadable {
                    backup_key: Some(_),
                    ..
                }
            )
    }
}

/// One document in storage, as one tab keeps it: the one save path. The assessments library and
/// the workshop board both go through it.
pub struct SavedDocument<D, S> {
    store: Option<S>,
    /// The key first asked for.
    home: &'static str,
    /// The key this tab writes: `home`, or the aside key while a newer Rungs holds `home`.
    key: String,
    keeper: Keeper<D>,
    /// Writing is off for good: unreadable text whose copy failed sits under the key.
    frozen: bool,
    /// What a successful save reports: `Saving`, or a notice that stays true while saving works
    /// (a newer document left alone, unreadable text copied aside) until it is dismissed.
    standing: SaveStatus,
}

/// What a document's first read found.
pub struct Opened<D, S> {
    pub saved: SavedDocument<D, S>,
    pub doc: D,
    pub status: SaveStatus,
}

impl<D: Document, S: Store> SavedDocument<D, S> {
    /// Reads `key` from `store` (`None`: the browser keeps nothing here), following the rules at
    /// start: a newer document sends this tab to the aside key (where an older Rungs may have
    /// left work before); unreadable text is copied aside.
    pub fn open(store: Option<S>, key: &'static str, now: &str) -> Opened<D, S> {
        let Some(store) = store else {
            return Opened {
                saved: SavedDocument::detached(key),
                doc: D::empty(),
                status: SaveStatus::Unavailable,
            };
        };
        let text = store.read(key);
        match read_stored::<D>(text.as_deref()) {
            Ok(doc) => Opened {
                saved: SavedDocument::attached(store, key, key.to_string(), text, doc.clone()),
                doc,
                status: SaveStatus::Saving,
            },
            Err(Unreadable::Newer { found }) => {
                let aside = aside_key(key);
                let aside_text = store.read(&aside);
                let doc = read_stored::<D>(aside_text.as_deref()).unwrap_or_else(|_| D::empty());
                let status = SaveStatus::Newer {
                    found,
                    aside_key: aside.clone(),
                };
                let mut saved = SavedDocument::attached(store, key, aside, aside_text, doc.clone());
                saved.standing = status.clone();
                Opened { saved, doc, status }
            }
            Err(Unreadable::Damaged(message)) => {
                let text = text.unwrap_or_default();
                let backup_key = store.back_up(&text, now).ok();
                let (doc, message, partly_read) = match D::salvage(&text) {
                    Some((doc, message)) => (doc, message, true),
                    None => (D::empty(), message, false),
                };
                let mut saved = SavedDocument::attached(
                    store,
                    key,
                    key.to_string(),
                    Some(text.clone()),
                    doc.clone(),
                );
                saved.frozen = backup_key.is_none();
                let status = SaveStatus::Unreadable {
                    message,
                    backup_key,
                    text,
                    partly_read,
                };
                saved.standing = status.clone();
                Opened { saved, doc, status }
            }
        }
    }

    fn attached(store: S, home: &'static str, key: String, text: Option<String>, doc: D) -> Self {
        SavedDocument {
            store: Some(store),
            home,
            key,
            keeper: Keeper::new(text, doc),
            frozen: false,
            standing: SaveStatus::Saving,
        }
    }

    /// A document that is never saved (storage unavailable), for a page that still works.
    pub fn detached(home: &'static str) -> Self {
        SavedDocument {
            store: None,
            home,
            key: home.to_string(),
            keeper: Keeper::new(None, D::empty()),
            frozen: true,
            standing: SaveStatus::Unavailable,
        }
    }

    /// The notice about unreadable data was read: successful saves say "saving" again.
    pub fn dismiss(&mut self) {
        if matches!(self.standing, SaveStatus::Unreadable { .. }) && !self.frozen {
            self.standing = SaveStatus::Saving;
        }
    }

    /// The user keeps a copy (downloaded) of unreadable text that could not be copied aside:
    /// writing over it is allowed from now on.
    pub fn take_over(&mut self) {
        if let Some(store) = &self.store {
            // What is there now counts as seen, so the next save writes over it.
            self.keeper.base_text = store.read(&self.key);
            self.frozen = false;
            self.standing = SaveStatus::Saving;
        }
    }

    /// The key this tab reads and writes now.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Is `key` one this document listens to?
    pub fn watches(&self, key: &str) -> bool {
        key == self.key || key == self.home
    }

    /// Saves this tab's change: `ours` is the document as the tab now shows it. Returns the
    /// document to show from now on (changed when another tab's work was merged in), and the
    /// status, when either changed.
    pub fn save(&mut self, ours: &D, now: &str) -> (Option<D>, Option<SaveStatus>) {
        let Some(store) = self.store.clone() else {
            return (None, None);
        };
        if self.frozen {
            return (None, None);
        }
        let stored = store.read(&self.key);
        let step = self.keeper.on_change(ours, stored.as_deref());
        self.apply(&store, step, ours, now)
    }

    /// Another tab saved under `key`: merges what it stored. Returns the document to show and
    /// the status, when either changed.
    pub fn other_saved(&mut self, ours: &D, now: &str) -> (Option<D>, Option<SaveStatus>) {
        let Some(store) = self.store.clone() else {
            return (None, None);
        };
        if self.frozen {
            return (None, None);
        }
        let stored = store.read(&self.key);
        let step = self.keeper.on_other_save(ours, stored.as_deref());
        self.apply(&store, step, ours, now)
    }

    fn apply(
        &mut self,
        store: &S,
        step: Step<D>,
        ours: &D,
        now: &str,
    ) -> (Option<D>, Option<SaveStatus>) {
        match step {
            Step::Nothing => (None, None),
            Step::Apply { shown, write } => {
                let status = match write {
                    None => {
                        self.keeper.seen(store.read(&self.key), shown.clone());
                        None
                    }
                    Some(text) => Some(self.write(store, text, shown.clone())),
                };
                let changed = (shown != *ours).then_some(shown);
                (changed, status)
            }
            Step::BackUpThen {
                damaged,
                reason,
                shown,
                write,
            } => match store.back_up(&damaged, now) {
                Ok(backup_key) => {
                    self.standing = SaveStatus::Unreadable {
                        message: reason,
                        backup_key: Some(backup_key),
                        text: damaged,
                        partly_read: false,
                    };
                    let status = self.write(store, write, shown);
                    (None, Some(status))
                }
                Err(_) => {
                    // The only copy of that text is under the key: never write there.
                    self.frozen = true;
                    self.standing = SaveStatus::Unreadable {
                        message: reason,
                        backup_key: None,
                        text: damaged,
                        partly_read: false,
                    };
                    (None, Some(self.standing.clone()))
                }
            },
            Step::Newer { found } => {
                // Leave the newer document alone: carry on under the aside key.
                let aside = aside_key(self.home);
                self.key = aside.clone();
                self.standing = SaveStatus::Newer {
                    found,
                    aside_key: aside.clone(),
                };
                let stored = store.read(&aside);
                let theirs = read_stored::<D>(stored.as_deref()).unwrap_or_else(|_| D::empty());
                self.keeper = Keeper::new(stored.clone(), theirs);
                let status = match self.keeper.on_change(ours, stored.as_deref()) {
                    Step::Apply {
                        shown,
                        write: Some(text),
                    } => self.write(store, text, shown),
                    _ => self.standing.clone(),
                };
                (None, Some(status))
            }
        }
    }

    /// Writes `text` (`None` removes the key) and remembers it as seen, or reports why not.
    fn write(&mut self, store: &S, text: Option<String>, shown: D) -> SaveStatus {
        let result = match &text {
            Some(text) => store.write(&self.key, text),
            None => {
                store.remove(&self.key);
                Ok(())
            }
        };
        match result {
            Ok(()) => {
                self.keeper.seen(text, shown);
                self.standing.clone()
            }
            Err(WriteError::QuotaExceeded) => SaveStatus::Full,
            Err(WriteError::Refused(reason)) => SaveStatus::Refused(reason),
        }
    }
}
