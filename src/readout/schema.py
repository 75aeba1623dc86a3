"""The store's schema: the migrations that take a file from one version to the next."""
from __future__ import annotations

import sqlite3

# Each migration takes the file from version i to i + 1; never edit a released one, add a new one.
MIGRATIONS: list[str] = [
    # 1: the base tables.
    """
    CREATE TABLE stories (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT, date TEXT, publisher TEXT, url TEXT,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL,
        source TEXT, target TEXT, type TEXT NOT NULL, mode TEXT,
        cameo TEXT, goldstein REAL, date TEXT,
        sentence INTEGER, start INTEGER, "end" INTEGER, evidence TEXT
    );
    CREATE INDEX events_story ON events(story_id);
    CREATE TABLE stances (
        id INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL,
        holder TEXT, polarity TEXT, issue TEXT, toward TEXT,
        evidence TEXT, sentence INTEGER, start INTEGER, "end" INTEGER
    );
    CREATE INDEX stances_story ON stances(story_id);
    CREATE TABLE actors (
        story_id TEXT NOT NULL,
        code TEXT NOT NULL, name TEXT, role TEXT
    );
    CREATE INDEX actors_story ON actors(story_id);
    """,
    # 2: what recoding needs to rebuild a Story, and the story-level coded fields.
    """
    ALTER TABLE stories ADD COLUMN event_date TEXT;
    ALTER TABLE stories ADD COLUMN headline TEXT;
    ALTER TABLE stories ADD COLUMN path TEXT;
    ALTER TABLE stories ADD COLUMN line INTEGER;
    ALTER TABLE stories ADD COLUMN body_start INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE stories ADD COLUMN collected TEXT;
    ALTER TABLE stories ADD COLUMN number INTEGER;
    ALTER TABLE stories ADD COLUMN dateline TEXT;
    ALTER TABLE events ADD COLUMN is_headline INTEGER NOT NULL DEFAULT 0;
    """,
    # 3: full-text search over titles and texts, kept in sync by triggers.
    """
    CREATE VIRTUAL TABLE stories_fts USING fts5(
        title, text, content='stories', content_rowid='pk'
    );
    CREATE TRIGGER stories_ai AFTER INSERT ON stories BEGIN
        INSERT INTO stories_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END;
    CREATE TRIGGER stories_ad AFTER DELETE ON stories BEGIN
        INSERT INTO stories_fts(stories_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
    END;
    CREATE TRIGGER stories_au AFTER UPDATE OF title, text ON stories BEGIN
        INSERT INTO stories_fts(stories_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
        INSERT INTO stories_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END;
    INSERT INTO stories_fts(stories_fts) VALUES ('rebuild');
    """,
    # 4: indexes for the queries, and a view of the actors seen.
    """
    CREATE INDEX events_dyad ON events(source, target, type, date);
    CREATE INDEX events_target ON events(target);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX stances_holder ON stances(holder, issue);
    CREATE VIEW actors_seen AS
        SELECT code, name, role, COUNT(DISTINCT story_id) AS stories
        FROM actors GROUP BY code, name, role;
    """,
    # 5: who spoke for each side of an event; links Datasette follows from events, stances and
    # actors to their story (story_pk -> stories.pk); the user lexicon files a story was coded
    # with (JSON: {"actors": [[path, sha256], ...], "patterns": [...], "issues": [...]}).
    """
    ALTER TABLE events ADD COLUMN source_name TEXT;
    ALTER TABLE events ADD COLUMN source_role TEXT;
    ALTER TABLE events ADD COLUMN target_name TEXT;
    ALTER TABLE events ADD COLUMN target_role TEXT;
    ALTER TABLE events ADD COLUMN story_pk INTEGER REFERENCES stories(pk);
    ALTER TABLE stances ADD COLUMN story_pk INTEGER REFERENCES stories(pk);
    ALTER TABLE actors ADD COLUMN story_pk INTEGER REFERENCES stories(pk);
    UPDATE events SET story_pk = (SELECT pk FROM stories WHERE stories.id = events.story_id);
    UPDATE stances SET story_pk = (SELECT pk FROM stories WHERE stories.id = stances.story_id);
    UPDATE actors SET story_pk = (SELECT pk FROM stories WHERE stories.id = actors.story_id);
    ALTER TABLE stories ADD COLUMN lexicons TEXT;
    """,
    # 6: stories coded with events inside one country kept (`--domestic`), so recode keeps them.
    """
    ALTER TABLE stories ADD COLUMN domestic INTEGER NOT NULL DEFAULT 0;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)

# The tables a file must have to be a readout store (any version).
STORE_TABLES = frozenset({"schema_version", "stories", "events", "stances", "actors"})


def split_sql(script: str) -> list[str]:
    """Split a migration into statements; sqlite3.complete_statement keeps triggers whole."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
