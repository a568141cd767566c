#!/usr/bin/env node
// Committed so that the bin exists at install time (a workspace install links it before any build);
// the server itself is the built dist/bin.js.
import '../dist/bin.js';
