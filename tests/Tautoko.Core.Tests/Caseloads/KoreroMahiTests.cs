using Tautoko.Core.Caseloads;

namespace Tautoko.Core.Tests.Caseloads;

public sealed class KoreroMahiTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateOnly Granted = new(2026, 2, 2);

    [Fact]
    public void KoreroMahiProblem_AttendedAfterTheGrant_None_R028() =>
        Assert.Null(PhoneBasedRules.KoreroMahiProblem(new DateOnly(2026, 2, 9), Today, Granted));

    [Fact]
    public void KoreroMahiProblem_MissingFutureOrBeforeTheGrant_Named_R028()
    {
        Assert.Contains("R-028", PhoneBasedRules.KoreroMahiProblem(null, Today, Granted), StringComparison.Ordinal);
        Assert.Contains("not before", PhoneBasedRules.KoreroMahiProblem(Today.AddDays(1), Today, Granted), StringComparison.Ordinal);
        Assert.Contains("follows the grant of Jobseeker Support", PhoneBasedRules.KoreroMahiProblem(Granted.AddDays(-1), Today, Granted), StringComparison.Ordinal);
        Assert.Null(PhoneBasedRules.KoreroMahiProblem(Granted.AddDays(-1), Today, null));
    }
}
