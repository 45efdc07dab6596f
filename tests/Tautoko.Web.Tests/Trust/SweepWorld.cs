using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;
using Demo = Tautoko.Web.Tests.Infrastructure.Accounts;

namespace Tautoko.Web.Tests.Trust;

/// <summary>A demo account as the sweep acts as it: its role and where it works.</summary>
public sealed record SweepAccount(string Slug, Guid StaffId, StaffRole Role, CaseManagerVariant Variant, Guid SiteId, Guid RegionId)
{
    /// <summary>The regions the account's site serves (a contact centre or phone-based unit; empty: the whole country).</summary>
    public IReadOnlyList<Guid> ServedRegionIds { get; init; } = [];

    public override string ToString() => Slug;
}

/// <summary>The four kinds of client every client route is tried against (seen from Masterton, where most demo accounts work).</summary>
public enum TargetKind
{
    OwnSite = 0,
    OtherSite = 1,
    OtherRegion = 2,
    Restricted = 3,
}

/// <summary>
/// A client the sweep aims at, with the ids of things that belong to them (an appointment, a work-queue task, a placement,
/// their case manager, their home site and region), so routes about those things are aimed at the same client.
/// </summary>
public sealed record SweepTarget(TargetKind Kind, Guid ClientId, Guid HomeSiteId, Guid RegionId, bool Restricted, IReadOnlyDictionary<string, string> Ids)
{
    public override string ToString() => Kind.ToString();
}

/// <summary>The accounts and targets of the sweep, read from the sweep's own database once.</summary>
public sealed class SweepWorld
{
    /// <summary>Every demo account (README "Demo sign-ins").</summary>
    public static readonly string[] Slugs =
    [
        Demo.CaseManager, Demo.EmploymentCaseManager, Demo.Icsm, Demo.Navigator, Demo.Csr, "contactcentre", "studylink",
        "esr", Demo.Connector, Demo.Manager, Demo.NationalOffice, Demo.Quality, Demo.RemoteClientServices, Demo.CaseManagerOtherSite,
    ];

    private SweepWorld(IReadOnlyList<SweepAccount> accounts, IReadOnlyList<SweepTarget> targets, IReadOnlyList<string> unresolved)
    {
        Accounts = accounts;
        Targets = targets;
        Unresolved = unresolved;
    }

    public IReadOnlyList<SweepAccount> Accounts { get; }

    public IReadOnlyList<SweepTarget> Targets { get; }

    /// <summary>Placeholders no entity of the target could fill (a random id is used: the route answers 404).</summary>
    public IReadOnlyList<string> Unresolved { get; }

    public static async Task<SweepWorld> LoadAsync(TautokoServer server)
    {
        // A proposal for Masterton, so the proposal routes are aimed at a real one (clients in its lines).
        var connector = await server.AsAsync(Demo.Connector);
        using (await connector.PostJsonAsync("/api/assignment/proposals", new { scope = "site", id = await server.MastertonSiteIdAsync() }))
        {
        }

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var siteRows = await db.Sites.AsNoTracking().ToListAsync();
        var sites = siteRows.ToDictionary(s => s.Id, s => s.RegionId);
        var siteKinds = siteRows.ToDictionary(s => s.Id, s => s.Kind);
        var accounts = new List<SweepAccount>();
        foreach (var slug in Slugs)
        {
            var email = TautokoServer.Email(slug);
            var staffId = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.StaffId).SingleAsync();
            var member = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == staffId);
            accounts.Add(new SweepAccount(slug, member.Id.Value, member.Role, member.Variant, member.SiteId.Value, sites[member.SiteId].Value)
            {
                ServedRegionIds = [.. siteRows.Single(s => s.Id == member.SiteId).ServedRegionIds.Select(r => r.Value)],
            });
        }

        // A finished long job the connector started, so the job routes are aimed at a real one (theirs and national office's).
        var jobOwner = accounts.Single(a => a.Slug == Demo.Connector).StaffId;
        var job = new Tautoko.Core.Jobs.LongJob(Guid.CreateVersion7(), "sweep", "Authorization sweep", new StaffId(jobOwner), 1, "Waiting to start", "sweep", DateTimeOffset.UtcNow);
        job.Finish(true, "Done.", null, DateTimeOffset.UtcNow);
        db.LongJobs.Add(job);
        await db.SaveChangesAsync();

        var masterton = await db.Sites.AsNoTracking().SingleAsync(s => s.Name == "Masterton");
        // Ohakune (another region): the other-site case manager's own site.
        var ohakune = await db.Sites.AsNoTracking().SingleAsync(s => s.Name == "Ohakune");
        var unresolved = new List<string>();
        var targets = new List<SweepTarget>();
        foreach (var kind in Enum.GetValues<TargetKind>())
        {
            var candidates = db.Clients.AsNoTracking().Where(c => c.IsRestricted == (kind == TargetKind.Restricted));
            candidates = kind switch
            {
                TargetKind.OwnSite => candidates.Where(c => c.HomeSiteId == masterton.Id),
                // Another site: of Masterton's region when the demo data has one, else of another region than the other-region target's.
                TargetKind.OtherSite when await db.Clients.AnyAsync(c => c.HomeSiteId != masterton.Id && db.Sites.Any(s => s.Id == c.HomeSiteId && s.RegionId == masterton.RegionId)) =>
                    candidates.Where(c => c.HomeSiteId != masterton.Id && db.Sites.Any(s => s.Id == c.HomeSiteId && s.RegionId == masterton.RegionId)),
                TargetKind.OtherSite => candidates.Where(c => c.HomeSiteId != masterton.Id && c.HomeSiteId != ohakune.Id),
                TargetKind.OtherRegion => candidates.Where(c => c.HomeSiteId == ohakune.Id),
                _ => candidates.OrderBy(c => c.HomeSiteId == masterton.Id ? 0 : 1),
            };

            // Prefer a client with an appointment and an open placement, so routes about those are aimed at them.
            var client = await candidates
                .OrderByDescending(c => db.Appointments.Any(a => a.ClientId == c.Id) && db.Placements.Any(p => p.ClientId == c.Id && p.EndedAt == null))
                .ThenByDescending(c => db.WorkQueueTasks.Any(t => t.ClientId == c.Id))
                .ThenBy(c => c.ClientNumber)
                .FirstOrDefaultAsync();
            if (client is null)
            {
                unresolved.Add($"{kind}: no such client in the demo data");
                continue;
            }

            var ids = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["client"] = client.Id.Value.ToString(),
                ["site"] = client.HomeSiteId.Value.ToString(),
                ["region"] = sites[client.HomeSiteId].Value.ToString(),
                ["sitekind"] = siteKinds[client.HomeSiteId].ToString(),
            };
            var cid = client.Id;
            var placement = await db.Placements.AsNoTracking().Where(p => p.ClientId == cid && p.EndedAt == null).Select(p => new { p.Id, p.CaseManagerId }).FirstOrDefaultAsync();
            var caseManager = placement?.CaseManagerId
                              ?? (await db.Staff.AsNoTracking().Where(s => s.SiteId == client.HomeSiteId && s.IsActive).ToListAsync()).Where(s => s.Role.IsCaseManager()).Select(s => (StaffId?)s.Id).FirstOrDefault();
            Put(ids, unresolved, kind, "staff", caseManager?.Value);
            Put(ids, unresolved, kind, "placement", placement?.Id);
            Put(ids, unresolved, kind, "appointment", (await db.Appointments.AsNoTracking().Where(a => a.ClientId == cid).OrderByDescending(a => a.StartsAt).Select(a => (AppointmentId?)a.Id).FirstOrDefaultAsync())?.Value);
            if (!await db.WorkQueueTasks.AnyAsync(t => t.ClientId == cid))
            {
                // A task about the client in their home site's face-to-face queue, raised by the RCS case manager (who may see every client, R-122).
                var rcs = await server.AsAsync(Demo.RemoteClientServices);
                using (await rcs.PostJsonAsync("/api/appointment-requests", new { clientId = cid.Value, reason = "Authorization sweep: a task about this client." }))
                {
                }
            }

            var task = await db.WorkQueueTasks.AsNoTracking().Where(t => t.ClientId == cid).Select(t => new { t.Id, t.QueueId }).FirstOrDefaultAsync();
            Put(ids, unresolved, kind, "task", task?.Id.Value);
            var taskQueue = task is null ? null : await db.WorkQueues.AsNoTracking().Where(q => q.Id == task.QueueId).Select(q => new { q.SiteId, q.Kind }).SingleAsync();
            var queueSite = taskQueue?.SiteId ?? client.HomeSiteId;
            ids["queuesite"] = queueSite.Value.ToString();
            ids["queuesitekind"] = siteKinds[queueSite].ToString();
            ids["queueregion"] = sites[queueSite].Value.ToString();
            ids["queuekind"] = taskQueue?.Kind.ToString() ?? "";
            Put(ids, unresolved, kind, "queue", task?.QueueId.Value ?? (await db.WorkQueues.AsNoTracking().Where(q => q.SiteId == client.HomeSiteId).Select(q => (Guid?)q.Id.Value).FirstOrDefaultAsync()));
            Put(ids, unresolved, kind, "transfer", await db.TransferRequests.AsNoTracking().Where(t => t.ClientId == cid).Select(t => (Guid?)t.Id).FirstOrDefaultAsync());
            Put(ids, unresolved, kind, "call", await StartCallAsync(server, client.Id.Value));
            Put(ids, unresolved, kind, "flow", await db.CaseManagedCallFlows.AsNoTracking().Where(f => f.ClientId == cid).Select(f => (Guid?)f.Id).FirstOrDefaultAsync());
            Put(ids, unresolved, kind, "tag", await db.ProgrammeTags.AsNoTracking().Where(t => t.ClientId == cid && t.RemovedAt == null).Select(t => (Guid?)t.Id).FirstOrDefaultAsync());
            if (!await db.PlanActivities.AnyAsync(a => a.Status == Tautoko.Core.Plans.PlanActivityStatus.Open && db.IndividualEmploymentPlans.Any(p => p.Id == a.PlanId && p.ClientId == cid)))
            {
                // An open Individual Employment Plan with one open activity, made by the RCS case manager (who may see every client, R-122).
                var rcs = await server.AsAsync(Demo.RemoteClientServices);
                using (await rcs.PostJsonAsync($"/api/clients/{cid.Value}/iep", new { }))
                {
                }

                var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                using (await rcs.PostJsonAsync($"/api/clients/{cid.Value}/iep/activities", new { what = "Authorization sweep: job search.", who = "Client", dueOn = due }))
                {
                }
            }

            Put(ids, unresolved, kind, "activity", await db.PlanActivities.AsNoTracking()
                .Where(a => a.Status == Tautoko.Core.Plans.PlanActivityStatus.Open && db.IndividualEmploymentPlans.Any(p => p.Id == a.PlanId && p.ClientId == cid))
                .Select(a => (Guid?)a.Id).FirstOrDefaultAsync());
            if (!await db.WorkStarts.AnyAsync(w => w.ClientId == cid))
            {
                // An exit into work, recorded by the RCS case manager (who may see every client, R-122).
                var rcs = await server.AsAsync(Demo.RemoteClientServices);
                using (await rcs.PostJsonAsync($"/api/clients/{cid.Value}/work-starts", new { startedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(12)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), employerName = "Authorization sweep Ltd", hoursPerWeek = 40, hours = "fullTime" }))
                {
                }
            }

            Put(ids, unresolved, kind, "workstart", await db.WorkStarts.AsNoTracking().Where(w => w.ClientId == cid).Select(w => (Guid?)w.Id).FirstOrDefaultAsync());
            if (caseManager is { } recipient && !await db.CaseManagerMessages.AnyAsync(m => m.ClientId == cid))
            {
                // A message about the client to their case manager, sent by the RCS case manager (who may see every client, R-122).
                var rcs = await server.AsAsync(Demo.RemoteClientServices);
                using (await rcs.PostJsonAsync("/api/messages", new { caseManagerId = recipient.Value, clientId = cid.Value, kind = "email", subject = "Authorization sweep", body = "A message to acknowledge." }))
                {
                }
            }

            if (!await db.DecisionReviews.AnyAsync(r => r.ClientId == cid))
            {
                // A declined hardship application under review, made by the RCS case manager (who may see every client, R-122).
                var rcs = await server.AsAsync(Demo.RemoteClientServices);
                using var applied = await rcs.PostJsonAsync($"/api/clients/{cid.Value}/hardship/applications", new { need = "food", amountAsked = 100.00m, detail = "Authorization sweep: food." });
                var applicationId = (await applied.ReadJsonAsync(System.Net.HttpStatusCode.Created))["application"]!["id"]!.GetValue<Guid>();
                using (await rcs.PostJsonAsync($"/api/clients/{cid.Value}/hardship/applications/{applicationId}/decision", new { decision = "decline", declineReason = "other", note = "Authorization sweep." }))
                {
                }

                using (await rcs.PostJsonAsync($"/api/clients/{cid.Value}/hardship/applications/{applicationId}/reviews", new { requestedBy = "client", grounds = "Authorization sweep." }))
                {
                }

                // The decision's notice goes through the outbox, whose delivery writes an engagement note: let it land now,
                // not in the middle of a later sweep that compares stored state.
                for (var waited = 0; waited < 60 && await db.OutboxMessages.AnyAsync(m => m.ClientId == cid && (m.Status == Tautoko.Core.Messaging.OutboxStatus.Pending || m.Status == Tautoko.Core.Messaging.OutboxStatus.Sending)); waited++)
                {
                    await Task.Delay(500);
                }
            }

            var review = await db.DecisionReviews.AsNoTracking().Where(r => r.ClientId == cid).Select(r => new { r.Id, r.ApplicationId }).FirstOrDefaultAsync();
            Put(ids, unresolved, kind, "application", review?.ApplicationId);
            Put(ids, unresolved, kind, "review", review?.Id);
            Put(ids, unresolved, kind, "message", await db.CaseManagerMessages.AsNoTracking().Where(m => m.ClientId == cid).Select(m => (Guid?)m.Id).FirstOrDefaultAsync());
            Put(ids, unresolved, kind, "complaint", caseManager is { } complained ? await ComplaintAboutAsync(server, complained.Value, cid.Value) : null);
            // For the write sweep (WriteRefusalSweepTests): the client's editable fields and version, the case manager's site,
            // the appointment's version, a free future slot of the case manager, the placement's case manager.
            ids["firstname"] = client.FirstName;
            ids["lastname"] = client.LastName;
            ids["dob"] = client.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            ids["clientversion"] = client.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var staffSite = caseManager is { } cmId ? await db.Staff.AsNoTracking().Where(s => s.Id == cmId).Select(s => (Guid?)s.SiteId.Value).FirstOrDefaultAsync() : null;
            ids["staffsite"] = (staffSite ?? client.HomeSiteId.Value).ToString();
            ids["placementcm"] = (placement?.CaseManagerId.Value ?? Guid.Empty).ToString();
            var appointmentId = new AppointmentId(Guid.Parse(ids["appointment"]));
            ids["appointmentversion"] = (await db.Appointments.AsNoTracking().Where(a => a.Id == appointmentId).Select(a => (int?)a.Version).FirstOrDefaultAsync() ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (caseManager is { } slotStaff)
            {
                var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
                var slots = await db.AppointmentSlots.AsNoTracking().Where(s => s.StaffId == slotStaff && s.Date >= today && !s.IsWithdrawn).Take(200).ToListAsync();
                var taken = (await db.Appointments.AsNoTracking().Where(a => a.StaffId == slotStaff).Select(a => a.StartsAt).ToListAsync()).ToHashSet();
                Put(ids, unresolved, kind, "slot", slots.Where(s => !taken.Contains(s.StartsAt)).OrderBy(s => s.StartsAt).Select(s => (Guid?)s.Id.Value).FirstOrDefault());
            }
            else
            {
                Put(ids, unresolved, kind, "slot", null);
            }

            Put(ids, unresolved, kind, "proposal", await db.Proposals.AsNoTracking().Select(p => (Guid?)p.Id).FirstOrDefaultAsync());
            Put(ids, unresolved, kind, "trial", await db.Trials.AsNoTracking().OrderBy(t => t.SelectionDate).Select(t => (Guid?)t.Id).FirstOrDefaultAsync());
            ids["job"] = job.Id.ToString();
            // Navigators (seed 004 §2.4): the demo Navigator, and the Navigators the client is linked to (who see them, R-120).
            ids["navigator"] = accounts.Single(a => a.Slug == Demo.Navigator).StaffId.ToString();
            ids["navigators"] = string.Join(",", await db.NavigatorClientLinks.AsNoTracking().Where(l => l.ClientId == cid && l.EndedAt == null).Select(l => l.NavigatorId.Value).ToListAsync());
            ids["jobowner"] = jobOwner.ToString();
            targets.Add(new SweepTarget(kind, client.Id.Value, client.HomeSiteId.Value, sites[client.HomeSiteId].Value, client.IsRestricted, ids));
        }

        return new SweepWorld(accounts, targets, unresolved);
    }

    /// <summary>Audit rows written for the staff member after row <paramref name="after"/> (sign-ins left out).</summary>
    public static async Task<int> AuditRowsAsync(TautokoServer server, Guid staffId, long after)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var id = new StaffId(staffId);
        return await db.AuditEntries.AsNoTracking().CountAsync(a => a.Id > after && a.StaffId == id && a.Action != AuditAction.SignIn && a.Action != AuditAction.SignInFailed);
    }

    public static async Task<long> LastAuditRowAsync(TautokoServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        return await db.AuditEntries.AsNoTracking().MaxAsync(a => (long?)a.Id) ?? 0;
    }

    /// <summary>An inbound call about the client taken by the CSR account (null when the CSR may not: a restricted record).</summary>
    private static async Task<Guid?> StartCallAsync(TautokoServer server, Guid clientId)
    {
        var csr = await server.AsAsync(Demo.Csr);
        using var response = await csr.PostJsonAsync("/api/calls", new { clientId, direction = "inbound" });
        return response.IsSuccessStatusCode && System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())?["id"]?.GetValue<Guid>() is { } id ? id : null;
    }

    /// <summary>A complaint about the staff member (complainant the target's client), recorded by national office (who may see every client).</summary>
    private static async Task<Guid?> ComplaintAboutAsync(TautokoServer server, Guid staffId, Guid clientId)
    {
        var national = await server.AsAsync(Demo.NationalOffice);
        using var response = await national.PostJsonAsync("/api/complaints", new
        {
            staffId,
            clientId,
            receivedOn = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            channel = "phone",
            description = "Authorization sweep: a complaint about this staff member.",
        });
        return response.IsSuccessStatusCode && System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())?["id"]?.GetValue<Guid>() is { } id ? id : null;
    }

    private static void Put(Dictionary<string, string> ids, List<string> unresolved, TargetKind kind, string name, Guid? id)
    {
        if (id is null)
        {
            unresolved.Add($"{kind}: {{{name}}}");
        }

        ids[name] = (id ?? Guid.NewGuid()).ToString();
    }
}
