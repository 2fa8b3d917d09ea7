// Lessons, keyword packs and messages are embedded at build time; rebuild when any of
// them changes, including files added to those folders.
fn main() {
    for dir in ["lessons", "keywords", "i18n"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
