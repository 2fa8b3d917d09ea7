//! drempel: a terminal coach that takes employees who are new to professional social
//! media over the threshold, from watching to taking part.
//!
//! The library holds the domain (journal, ladder, lessons) and the commands; the binary
//! only parses arguments and maps errors to exit codes.

pub mod messages;

pub mod activity;
pub mod check;
pub mod checklist;
pub mod cli;
pub mod coach;
pub mod commands;
pub mod communities;
pub mod contribution;
pub mod days;
pub mod error;
pub mod feeds;
pub mod files;
pub mod fsutil;
pub mod home;
pub mod journal;
pub mod keywords;
pub mod ladder;
pub mod lang;
pub mod lessons;
pub mod plan;
pub mod platform;
pub mod practice;
pub mod step;
pub mod strategy;
pub mod text;
pub mod ui;
pub mod welcome;
pub mod wizard;

pub use cli::Cli;
pub use commands::run;
pub use error::{Error, Result};
