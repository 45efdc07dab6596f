using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Hosting;

namespace Tautoko.Web.Tests.Architecture;

/// <summary>
/// The shape of the code (docs/ARCHITECTURE.md), checked on every build: Core is pure, Data knows nothing of the web,
/// provider types stay in Data, the platform sits under the features, and a feature uses only Core, Data, the platform
/// and its own folder. A new dependency that breaks this fails here, naming the types.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly Assembly Core = typeof(DomainError).Assembly;
    private static readonly Assembly Data = typeof(TautokoDbContext).Assembly;
    private static readonly Assembly Web = typeof(TautokoApp).Assembly;

    private const string Features = "Tautoko.Web.Features";

    public static TheoryData<string> FeatureNames => [.. FeatureNamespaces()];

    [Fact]
    public void Core_ReferencesNoFrameworkOrOuterLayer_NoViolations() =>
        AssertNone(Types.InAssembly(Core).Should().NotHaveDependencyOnAny(
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite", "Tautoko.Data", "Tautoko.Web"));

    [Fact]
    public void CoreCaseloads_ReferencesNoAssignment_NoViolations() =>
        // Assignment builds on caseloads (eligibility, scope and exclusions live in Core/Assignment), never the reverse.
        AssertNone(Types.InAssembly(Core).That().ResideInNamespace("Tautoko.Core.Caseloads").Should().NotHaveDependencyOn("Tautoko.Core.Assignment"));

    [Fact]
    public void Data_ReferencesNoWeb_NoViolations() =>
        AssertNone(Types.InAssembly(Data).Should().NotHaveDependencyOnAny("Tautoko.Web", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc"));

    [Fact]
    public void Web_UsesNoProviderTypes_NoViolations() =>
        AssertNone(Types.InAssembly(Web).Should().NotHaveDependencyOnAny("Npgsql", "Microsoft.Data.Sqlite"));

    [Fact]
    public void Platform_ReferencesNoFeatureOrHost_NoViolations() =>
        AssertNone(Types.InAssembly(Web).That().ResideInNamespace("Tautoko.Web.Platform")
            .Should().NotHaveDependencyOnAny(Features, "Tautoko.Web.Hosting", "Tautoko.Web.Cli"));

    [Fact]
    public void Features_ReferenceNoHostOrCommandLine_NoViolations() =>
        AssertNone(Types.InAssembly(Web).That().ResideInNamespace(Features)
            .Should().NotHaveDependencyOnAny("Tautoko.Web.Hosting", "Tautoko.Web.Cli"));

    [Theory]
    [MemberData(nameof(FeatureNames))]
    public void Feature_ReferencesNoOtherFeature_NoViolations(string feature)
    {
        var others = FeatureNamespaces().Where(f => f != feature).ToArray();
        AssertNone(Types.InAssembly(Web).That().ResideInNamespace(feature).Should().NotHaveDependencyOnAny(others));
    }

    [Fact]
    public void Features_AreEachOneFolderWithOneFeatureClass_Found()
    {
        var features = FeatureNamespaces();
        Assert.NotEmpty(features);
        foreach (var feature in features)
        {
            var registrations = Web.GetTypes().Where(t => t.Namespace == feature && t.GetInterfaces().Any(i => i.Name == "IFeature")).ToList();
            Assert.True(registrations.Count == 1, $"{feature} has {registrations.Count} classes implementing IFeature; a feature has exactly one.");
        }
    }

    [Fact]
    public void Handlers_AreSmall_NoneOverTheLimit()
    {
        const int limit = 260;
        var tooLong = SourceFiles("src/Tautoko.Web/Features")
            .Where(f => f.EndsWith("Handler.cs", StringComparison.Ordinal))
            .Select(f => (File: f, Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > limit)
            .Select(f => $"{Path.GetFileName(f.File)} ({f.Lines} lines)")
            .ToList();
        Assert.True(tooLong.Count == 0, $"Handlers load facts, let Core decide and save; these are over {limit} lines: {string.Join(", ", tooLong)}");
    }

    [Fact]
    public void Code_NamesCapabilitiesNotIssueNumbers_NoneFound()
    {
        var found = SourceFiles("src")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => IssueNumber().IsMatch(l.Text))
            .Select(l => $"{Path.GetFileName(l.File)}:{l.Line}")
            .ToList();
        Assert.True(found.Count == 0, $"Code names capabilities, never issue numbers: {string.Join(", ", found)}");
    }

    private static List<string> FeatureNamespaces() =>
        [.. Web.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(Features + ".", StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Split('.').Take(4)))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private static IEnumerable<string> SourceFiles(string folder)
    {
        var root = RepositoryRoot();
        return Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tautoko.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The tests run inside the repository.");
    }

    private static void AssertNone(ConditionList conditions)
    {
        var result = conditions.GetResult();
        var failing = result.FailingTypeNames ?? [];
        Assert.True(result.IsSuccessful, $"{failing.Count} types break the rule: {string.Join(", ", failing.Order(StringComparer.Ordinal))}");
    }

    [GeneratedRegex(@"\b[Ii]ssues? \d+\b")]
    private static partial Regex IssueNumber();
}
