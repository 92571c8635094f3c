//! Workspace-level tests and examples for `graph-model`. This crate has no API of its own; its docs are
//! the README, so the README's quick start is compiled and run as a doctest.
#![doc = include_str!("../README.md")]
