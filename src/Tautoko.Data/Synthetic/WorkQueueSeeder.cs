using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// Demo work queues: every site's standard queues, and at each service centre tasks of varied age in
/// each queue — waiting, being worked, on hold, some overdue, some with one or two unsuccessful contact
/// attempts already in the engagement log, some completed. Deterministic for a seed and a day.
/// </summary>
public static class WorkQueueSeeder
{
    private static readonly Dictionary<WorkQueueKind, string[]> Needs = new()
    {
        [WorkQueueKind.ServiceCentreReferral] =
        [
            "Client phoned the contact centre about food costs this week; call back to complete a hardship application.",
            "Client asked for a call about help with rent arrears.",
            "Client needs help with a bond for a new rental; call to go through the documents.",
            "Client asked for a call back about their accommodation supplement.",
            "Client wants to talk about re-applying before their benefit expires.",
            "Client asked for a call about a power bill they cannot pay.",
            "Client called about a fridge that has broken down; call back to discuss essential household items.",
        ],
        [WorkQueueKind.ReadyForProcessing] =
        [
            "Process change of address form.",
            "Process declared income for the last fortnight.",
            "Process the accommodation supplement review.",
            "Process the childcare subsidy application.",
        ],
        [WorkQueueKind.WorkOnHold] =
        [
            "Hardship application waiting on a rent receipt.",
            "Benefit re-application waiting on a medical certificate.",
            "Advance payment waiting on a bank statement.",
        ],
        [WorkQueueKind.Approval] =
        [
            "Recoverable assistance payment over the limit: second approval.",
            "Advance payment of benefit: manager approval.",
        ],
        [WorkQueueKind.SiteFaceToFaceAppointments] =
        [
            "Client asked for a face-to-face appointment about their job search plan.",
            "Client needs an appointment to sight identity documents.",
            "Client asked to see someone in person about housing.",
        ],
    };

    private static readonly TimeZoneInfo? Auckland =
        TimeZoneInfo.TryFindSystemTimeZoneById("Pacific/Auckland", out var zone) ? zone : null;

    private static readonly string[] HoldReasons =
    [
        "Waiting for documents from the client.",
        "Waiting for the landlord to confirm the rent.",
        "Client asked us to call back after payday.",
    ];

    public static async Task<int> SeedAsync(TautokoDbContext db, int seed, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await WorkQueueProvisioning.EnsureStandardQueuesAsync(db, now.AddDays(-400), ct);
        if (await db.WorkQueueTasks.AnyAsync(ct))
        {
            return 0;
        }

        var random = new Random(seed ^ 0x51_0E_0E);
        var centres = await db.Sites.AsNoTracking().Where(s => s.Kind == SiteKind.ServiceCentre).OrderBy(s => s.Code).Select(s => s.Id).ToListAsync(ct);
        var queues = await db.WorkQueues.Where(q => q.Kind != WorkQueueKind.Custom).ToListAsync(ct);
        var staff = await db.Staff.AsNoTracking().Where(s => s.IsActive).Select(s => new { s.Id, s.SiteId, s.Role, Name = s.FirstName + " " + s.LastName }).ToListAsync(ct);
        var names = staff.ToDictionary(s => s.Id, s => s.Name);
        var tasks = 0;
        foreach (var site in centres)
        {
            var workers = staff.Where(s => s.SiteId == site && WorkQueuePolicy.WorksQueues(s.Role) && s.Role != StaffRole.ServiceCentreManager).Select(s => s.Id).ToList();
            var clients = await db.Clients.AsNoTracking()
                .Where(c => c.HomeSiteId == site && !c.IsRestricted)
                .OrderBy(c => c.ClientNumber)
                .Take(80)
                .Select(c => new { c.Id, c.FirstName, c.PreferredName })
                .ToListAsync(ct);
            if (workers.Count == 0 || clients.Count == 0)
            {
                continue;
            }

            foreach (var queue in queues.Where(q => q.SiteId == site))
            {
                var count = queue.Kind switch
                {
                    WorkQueueKind.ServiceCentreReferral => 9,
                    WorkQueueKind.SiteFaceToFaceAppointments => 5,
                    WorkQueueKind.ReadyForProcessing => 6,
                    WorkQueueKind.WorkOnHold or WorkQueueKind.Approval or WorkQueueKind.Housing or WorkQueueKind.Custom or WorkQueueKind.CentralProcessing => 3,
                };
                for (var i = 0; i < count; i++)
                {
                    var client = clients[random.Next(clients.Count)];
                    var worker = workers[random.Next(workers.Count)];
                    var task = Build(db, random, queue, client.Id, client.PreferredName ?? client.FirstName, (worker, names[worker]), now, i);
                    db.WorkQueueTasks.Add(task);
                    tasks++;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return tasks;
    }

    private static WorkQueueTask Build(TautokoDbContext db, Random random, WorkQueue queue, ClientId client, string clientName, (StaffId Id, string Name) staffMember, DateTimeOffset now, int index)
    {
        var worker = staffMember.Id;
        // Ages from under an hour to ten days; the site F2F queue mostly within its 24 hours, with some overdue.
        var maxHours = queue.Kind == WorkQueueKind.SiteFaceToFaceAppointments ? 40 : 240;
        var created = now.AddMinutes(-random.Next(20, maxHours * 60));
        var due = created + queue.Target;
        var need = Needs.TryGetValue(queue.Kind, out var list) ? list[random.Next(list.Length)] : "Follow up with the client.";
        var task = new WorkQueueTask(WorkQueueTaskId.New(), queue, client, need, index % 3 == 0 ? TaskOrigin.ContactCentreReferral : TaskOrigin.Manual, null, created, due);

        var roll = random.NextDouble();
        if (roll < 0.45)
        {
            return task;
        }

        var taken = Between(random, created, now);
        task.Take(worker, taken);
        if (queue.Kind == WorkQueueKind.ServiceCentreReferral)
        {
            Contact(db, random, task, staffMember, clientName, taken, now);
        }

        if (roll < 0.7)
        {
            return task;
        }

        var later = Between(random, task.LastAttemptAt ?? taken, now);
        if (roll < 0.85)
        {
            task.Hold(worker, HoldReasons[random.Next(HoldReasons.Length)], later);
        }
        else if (task.UnsuccessfulAttempts >= ContactAttemptRules.MinimumBeforeNoContact)
        {
            task.Complete(worker, TaskOutcome.NoContact, "Three attempts, no contact; letter sent asking the client to call us.", later);
        }
        else if (queue.Kind == WorkQueueKind.SiteFaceToFaceAppointments)
        {
            // a face-to-face request ends with a booking (which needs an appointment) or, as here, the client withdrawing it.
            task.Complete(worker, TaskOutcome.NoLongerNeeded, "Client rang back: sorted over the phone, no appointment wanted now.", later);
        }
        else
        {
            task.Complete(worker, TaskOutcome.Resolved, "Spoke with the client and completed the request.", later);
        }

        return task;
    }

    /// <summary>Reviews the task and records one to three unsuccessful tries, each in the engagement log .</summary>
    private static void Contact(TautokoDbContext db, Random random, WorkQueueTask task, (StaffId Id, string Name) staffMember, string clientName, DateTimeOffset from, DateTimeOffset now)
    {
        var worker = staffMember.Id;
        var reviewedAt = Between(random, from, now);
        var review = new ContactReview(Guid.CreateVersion7(), task.Id, task.ClientId, worker, reviewedAt, new ContactReviewChecks(true, true, true, true, true, true), null);
        task.RecordReview(worker, reviewedAt, review.Summary());
        db.ContactReviews.Add(review);

        var tries = random.Next(0, 4);
        var at = reviewedAt;
        var earlier = new List<DateTimeOffset>();
        for (var n = 1; n <= tries; n++)
        {
            at = Between(random, at, now);
            var voicemail = random.Next(3) switch
            {
                0 => (AttemptResult.NoAnswer, (VoicemailSituation?)null),
                1 => (AttemptResult.Voicemail, VoicemailSituation.IdentifiesClient),
                _ => (AttemptResult.Voicemail, VoicemailSituation.NumberConfirmedFromRecords),
            };
            var script = voicemail.Item2 is { } situation
                ? VoicemailScripts.Render(VoicemailScripts.Choose(situation, n), clientName, staffMember.Name, earlier)
                : null;
            var text = ContactAttempt.Describe(task.QueueKind.DisplayName(), n, AttemptChannel.Phone, voicemail.Item1, voicemail.Item2, script?.Message, null);
            task.RecordAttempt(worker, at, false, text);
            var note = new EngagementNote(Guid.CreateVersion7(), task.ClientId, worker, at, at,
                script?.Message is null ? EngagementChannel.Phone : EngagementChannel.Voicemail, EngagementOutcome.UnsuccessfulAttempt, text, null);
            db.EngagementNotes.Add(note);
            db.ContactAttempts.Add(new ContactAttempt(Guid.CreateVersion7(), task.Id, task.ClientId, n, worker, at, at, AttemptChannel.Phone,
                voicemail.Item1, voicemail.Item2, script?.Kind, script?.Message, null, note.Id));
            earlier.Add(Auckland is null ? at : TimeZoneInfo.ConvertTime(at, Auckland));
        }
    }

    private static DateTimeOffset Between(Random random, DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? from : from + TimeSpan.FromTicks((long)((to - from).Ticks * random.NextDouble() * 0.5));
}
