import Testing
@testable import ClaimAudit

@Suite struct GlobTests {
    @Test func patternWithoutSlashMatchesTheFileNameAtAnyDepth() {
        let g = Glob("*.md")
        #expect(g.matches("a.md"))
        #expect(g.matches("news/2024/a.md"))
        #expect(!g.matches("news/a.mdx"))
        #expect(!g.matches("a.html"))
    }

    @Test func doubleStarSpansZeroOrMoreFolders() {
        let g = Glob("news/**/*.md")
        #expect(g.matches("news/a.md"))
        #expect(g.matches("news/2024/05/a.md"))
        #expect(!g.matches("opinion/a.md"))
        #expect(Glob("**/drafts/**").matches("x/drafts/y/z.md"))
        #expect(Glob("**").matches("any/thing.txt"))
    }

    @Test func singleStarAndQuestionMarkStopAtSlashes() {
        #expect(Glob("news/*.md").matches("news/a.md"))
        #expect(!Glob("news/*.md").matches("news/2024/a.md"))
        #expect(Glob("news/a?.md").matches("news/ab.md"))
        #expect(!Glob("news/a?.md").matches("news/a/.md"))
    }

    @Test func bracketSetsAndNegation() {
        #expect(Glob("v[0-9].md").matches("v3.md"))
        #expect(!Glob("v[0-9].md").matches("vx.md"))
        #expect(Glob("v[!0-9].md").matches("vx.md"))
        #expect(Glob("a[.md").matches("a[.md")) // unclosed bracket is literal
    }

    @Test func leadingDotSlashAndTrailingSlashAreIgnored() {
        #expect(Glob("./news/*.md").matches("news/a.md"))
        #expect(Glob("drafts/").matchesSelfOrAncestor("drafts/a.md"))
    }

    @Test func excludingAFolderExcludesEverythingBelowIt() {
        #expect(Glob("drafts").matchesSelfOrAncestor("drafts/2024/a.md"))
        #expect(Glob("drafts/**").matchesSelfOrAncestor("drafts/a.md"))
        #expect(!Glob("drafts").matchesSelfOrAncestor("news/drafts.md"))
    }

    @Test func walkerHonoursIncludeAndExcludeAndSortsByName() throws {
        let root = try LintFixture.folder([
            "b.md": "x", "a.html": "x", "notes.json": "x", ".hidden/c.md": "x",
            "drafts/d.md": "x", "news/z.md": "x", "news/e.txt": "x",
        ])
        let walker = FileWalker(include: LintConfig.defaultInclude, exclude: [Glob("drafts")], root: root.path)
        let result = walker.walk([root.path])
        let names = result.files.map { String($0.dropFirst(root.path.count + 1)) }
        #expect(names == ["a.html", "b.md", "news/e.txt", "news/z.md"])
        #expect(result.errors.isEmpty)

        let onlyNews = FileWalker(include: [Glob("news/*.md")], exclude: [], root: root.path).walk([root.path])
        #expect(onlyNews.files.map { String($0.dropFirst(root.path.count + 1)) } == ["news/z.md"])
    }

    @Test func walkerReportsAMissingPathAndKeepsGoing() throws {
        let root = try LintFixture.folder(["a.md": "x"])
        let result = FileWalker(include: LintConfig.defaultInclude, exclude: [], root: root.path)
            .walk([root.path + "/missing", root.path])
        #expect(result.files.count == 1)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.description.contains("missing: error: cannot open") == true)
    }
}
