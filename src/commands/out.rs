//! Where a command's output file goes (`--out FILE`, `feeds export FILE`): an ordinary
//! file, created, or replaced when the person agrees. On a terminal they are asked;
//! without one, `--force` says so. A symbolic link, pipe, device or folder at the path
//! is refused (see [`crate::files`]).

use std::path::Path;

use super::Context;
use crate::error::{Error, Result};
use crate::files::{self, Target};
use crate::t;

/// Writes `bytes` as the file `path`. Returns `false` when the file exists and the
/// person chose to keep it (nothing was written; they were told).
pub(crate) fn write(ctx: &mut Context, path: &Path, bytes: &[u8], force: bool) -> Result<bool> {
    let replace = match files::out_target(path)? {
        Target::New => false,
        Target::Existing if force => true,
        Target::Existing if may_replace(ctx, path)? => true,
        Target::Existing => return Ok(false),
    };
    files::write_out(path, bytes, replace)?;
    Ok(true)
}

/// Whether the existing file `path` may be replaced: asked on a terminal (no by
/// default), refused without one (exit 2, the message names `--force`). A "no" is said
/// back to the person.
pub(crate) fn may_replace(ctx: &mut Context, path: &Path) -> Result<bool> {
    if !ctx.shell.is_interactive() {
        return Err(Error::OutExists {
            path: path.to_owned(),
        });
    }
    let shown = path.display().to_string();
    let question = t!("out-replace-question", path = shown.as_str());
    match crate::ui::confirm::ask(&question, false, None)? {
        Some(true) => Ok(true),
        Some(false) | None => {
            ctx.shell.status(t!("out-kept", path = shown))?;
            Ok(false)
        }
    }
}
