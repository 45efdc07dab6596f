using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Data.Bulk;
using Tautoko.Data.Identity;
using Tautoko.Data.Synthetic;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Platform;

public sealed record DemoAccount(string Email, StaffRole Role, CaseManagerVariant Variant, string StaffName, string Site);

/// <summary>
/// Demo mode only: seeds the synthetic demo dataset into an empty database and creates one sign-in
/// per role. These accounts never exist outside demo mode.
/// </summary>
public sealed class DemoData(TautokoDbContext db, UserManager<StaffUser> users, TimeProvider clock, ILogger<DemoData> logger)
{
    public const string Password = "Tautoko-demo-2026";
    public const int Seed = 20261123;
    public const string HomeSite = "Masterton";

    public async Task EnsureSeededAsync(int clients, CancellationToken ct)
    {
        if (!await db.Sites.AnyAsync(ct))
        {
            logger.LogInformation("Seeding synthetic demo data ({Clients} clients)", clients);
            var today = DateDisplay.TodayInAuckland(clock);
            await SyntheticLoader.LoadAsync(db, SyntheticProfile.Demo with { Clients = clients }, Seed, today, null, ct);
            db.ChangeTracker.Clear();
            await SeedDailyWorkAsync(ct);
        }

        await EnsureAccountsAsync(ct);
    }

    /// <summary>
    /// The day-to-day work the demo shows beside its clients and calendars: work-queue tasks, messages to case managers
    /// and hardship history, for every site (the national benchmark dataset gets them the same way).
    /// </summary>
    public async Task SeedDailyWorkAsync(CancellationToken ct)
    {
        await WorkQueueSeeder.SeedAsync(db, Seed, clock.GetUtcNow(), ct);
        await CaseManagerMessageSeeder.SeedAsync(db, Seed, clock.GetUtcNow(), ct);
        await HardshipRequestSeeder.SeedAsync(db, Seed, clock.GetUtcNow(), ct);
        await SyntheticTrial.SeedAsync(db, Seed, DateDisplay.TodayInAuckland(clock), clock.GetUtcNow(), ct);
        await SyntheticAssessments.SeedAsync(db, Seed, DateDisplay.TodayInAuckland(clock), clock.GetUtcNow(), ct);
        await SyntheticNavigators.SeedAsync(db, clock.GetUtcNow(), ct);
        await SyntheticCalls.SeedAsync(db, Seed, DateDisplay.TodayInAuckland(clock), clock.GetUtcNow(), ct);
    }

    public async Task<IReadOnlyList<DemoAccount>> EnsureAccountsAsync(CancellationToken ct)
    {
        var accounts = new List<DemoAccount>();
        var sites = await db.Sites.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var staff = await db.Staff.AsNoTracking().OrderBy(s => s.StaffNumber).ToListAsync(ct);
        var homeSite = sites.FirstOrDefault(s => s.Value == HomeSite).Key;

        StaffMember? Pick(Func<StaffMember, bool> match) =>
            staff.FirstOrDefault(s => s.SiteId == homeSite && match(s)) ?? staff.FirstOrDefault(match);

        var wanted = new List<(string Slug, StaffMember? Staff)>();
        foreach (var role in Enum.GetValues<StaffRole>())
        {
            wanted.Add((Slug(role), Pick(s => s.Role == role && s.Variant != CaseManagerVariant.RemoteClientServices)));
        }

        wanted.Add(("rcs.casemanager", Pick(s => s.Role == StaffRole.CaseManager && s.Variant == CaseManagerVariant.RemoteClientServices)));
        var elsewhere = staff.FirstOrDefault(s => s.SiteId != homeSite && s.Role == StaffRole.CaseManager && s.Variant != CaseManagerVariant.RemoteClientServices);
        wanted.Add(("casemanager.othersite", elsewhere));

        foreach (var (slug, member) in wanted)
        {
            if (member is null)
            {
                continue;
            }

            var email = $"{slug}@demo.tautoko.nz";
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, StaffId = member.Id };
                var result = await users.CreateAsync(user, Password);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("Could not create demo account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
                }
            }

            accounts.Add(new DemoAccount(email, member.Role, member.Variant, member.FullName, sites.GetValueOrDefault(member.SiteId, "?")));
        }

        return accounts;
    }

    /// <summary>The demo accounts that exist, for the sign-in page and the start-up banner.</summary>
    public async Task<IReadOnlyList<DemoAccount>> ListAccountsAsync(CancellationToken ct)
    {
        var rows = await (
                from u in db.Users.AsNoTracking()
                where u.Email!.EndsWith("@demo.tautoko.nz")
                join s in db.Staff on u.StaffId equals s.Id
                join site in db.Sites on s.SiteId equals site.Id
                orderby s.Role, u.Email
                select new { u.Email, s.Role, s.Variant, s.FirstName, s.LastName, Site = site.Name })
            .ToListAsync(ct);
        return [.. rows.Select(r => new DemoAccount(r.Email!, r.Role, r.Variant, r.FirstName + " " + r.LastName, r.Site))];
    }

    public static string Slug(StaffRole role) => role switch
    {
        StaffRole.CaseManager => "casemanager",
        StaffRole.EmploymentCaseManager => "employment.casemanager",
        StaffRole.IntensiveClientSupportManager => "icsm",
        StaffRole.Navigator => "navigator",
        StaffRole.CustomerServiceRepresentative => "csr",
        StaffRole.ContactCentreOfficer => "contactcentre",
        StaffRole.StudyLinkOfficer => "studylink",
        StaffRole.EmploymentSupportRepresentative => "esr",
        StaffRole.Connector => "connector",
        StaffRole.ServiceCentreManager => "manager",
        StaffRole.NationalOffice => "nationaloffice",
        StaffRole.QualityChecker => "quality",
    };
}
