using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Appointments;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Releases;

/// <summary>Hand-made declines in years the demo history does not reach, so a release's cells hold exactly these records.</summary>
public static class ReleaseTestData
{
    /// <summary>A year with no demo history: <paramref name="yearsAgo"/> (5–9) years before this one.</summary>
    public static int Year(int yearsAgo) => DateTime.UtcNow.Year - yearsAgo;

    /// <summary>Records <paramref name="count"/> declines of <paramref name="need"/> for <paramref name="reason"/>, decided on days of <paramref name="month"/> of <paramref name="year"/>.</summary>
    public static async Task SeedDeclinesAsync(TautokoServer server, int year, int month, HardshipNeed need, DeclineReason reason, int count)
    {
        var client = new ClientId(await Caseloads.CaseloadTestData.NewClientAsync(server));
        var staff = new StaffId(await Complaints.ComplaintTestData.StaffIdAsync(server, Accounts.CaseManager));
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        for (var i = 0; i < count; i++)
        {
            var at = NzLocalTime.ToUtc(new DateOnly(year, month, 1 + (i % 27)), new TimeOnly(10, 0));
            var application = new HardshipApplication(Guid.CreateVersion7(), client, null, need,
                need == HardshipNeed.Other ? SupplementaryAssistanceCategory.AdvancePayments : null, 120m, false, ContactChannel.Phone, "Hand-made for a release test.", staff, at);
            application.Decide(DecisionKind.Decline, null, reason, "Declined for the test.", staff, at.AddHours(1));
            db.HardshipApplications.Add(application);
        }

        await db.SaveChangesAsync();
    }

    public static object Period(int year, int fromMonth = 1, int toMonth = 12) => new
    {
        from = new DateOnly(year, fromMonth, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        to = new DateOnly(year, toMonth, 1).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
