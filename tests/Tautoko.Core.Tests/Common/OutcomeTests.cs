using Tautoko.Core.Access;
using Tautoko.Core.Common;

namespace Tautoko.Core.Tests.Common;

public sealed class OutcomeTests
{
    [Fact]
    public void Outcome_FromValue_IsDoneWithTheValue()
    {
        Outcome<int> outcome = 42;

        Assert.True(outcome.IsDone);
        Assert.Null(outcome.Failure);
        Assert.Equal(42, outcome.Value);
    }

    [Fact]
    public void Outcome_FromFailure_HasNoValue()
    {
        Outcome<int> outcome = Failure.NotFound("There is no such task.");

        Assert.False(outcome.IsDone);
        Assert.Equal("There is no such task.", outcome.Failure!.Message);
        Assert.Throws<InvalidOperationException>(() => outcome.Value);
    }

    [Fact]
    public void Map_Failure_CarriesTheSameFailure()
    {
        var failure = Failure.Broken(new DomainError("R-073", "Three contact attempts first."));
        Outcome<int> outcome = failure;

        var mapped = outcome.Map(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Same(failure, mapped.Failure);
    }

    [Fact]
    public void Map_Done_MapsTheValue() => Assert.Equal("7", ((Outcome<int>)7).Map(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value);

    [Fact]
    public void Message_RuleBrokenAndConflict_NameTheRule()
    {
        Assert.Equal("Three contact attempts first. (R-073)", Failure.Broken(new DomainError("R-073", "Three contact attempts first.")).Message);
        Assert.Equal("The caseload is full. (R-014)", Failure.Conflict(new DomainError("R-014", "The caseload is full.")).Message);
    }

    [Fact]
    public void Message_Invalid_JoinsEveryFieldProblem() =>
        Assert.Equal("Say why. Choose a date.", Failure.Invalid(new Dictionary<string, string[]> { ["reason"] = ["Say why."], ["date"] = ["Choose a date."] }).Message);

    [Fact]
    public void Refused_WithClientThatMayBreakGlass_LinksToBreakGlass()
    {
        var client = Guid.NewGuid();
        var refused = (Failure.AccessRefused)Failure.Refused(AccessDecision.Refuse("scope", "Outside your site.", canBreakGlass: true), client);

        Assert.Equal($"/api/clients/{client}/break-glass", refused.BreakGlassPath);
        Assert.Equal("Outside your site.", refused.Message);
    }

    [Fact]
    public void Refused_WithoutBreakGlass_HasNoLink() =>
        Assert.Null(((Failure.AccessRefused)Failure.Refused(AccessDecision.Refuse("R-122", "Restricted record."), Guid.NewGuid())).BreakGlassPath);
}
