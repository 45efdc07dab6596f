using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Clients;
using Tautoko.Core.Messaging;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// Demo e-mails and voicemails to service-centre case managers over the last few days: some answered
/// within 24 hours, some late, some waiting and some overdue, with voicemail checks.
/// </summary>
public static class CaseManagerMessageSeeder
{
    private static readonly (CaseManagerMessageKind Kind, string Subject, string Body)[] Samples =
    [
        (CaseManagerMessageKind.Email, "Question about my appointment", "Kia ora, can I move my appointment next week to the afternoon? I start a trial shift in the morning."),
        (CaseManagerMessageKind.Email, "Documents for my hardship application", "I have attached the power bill you asked for. Ngā mihi."),
        (CaseManagerMessageKind.Email, "Change of address", "We have moved to a new flat; can you update my address?"),
        (CaseManagerMessageKind.Voicemail, "Voicemail: please call back", "Client left a voicemail asking for a call back about their accommodation supplement."),
        (CaseManagerMessageKind.Voicemail, "Voicemail: car broke down", "Client cannot get to their appointment because their car broke down; asked for a call."),
    ];

    public static async Task<int> SeedAsync(TautokoDbContext db, int seed, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.CaseManagerMessages.AnyAsync(ct))
        {
            return 0;
        }

        var random = new Random(seed ^ 0x3E55A6E);
        var centres = await db.Sites.AsNoTracking().Where(s => s.Kind == SiteKind.ServiceCentre).Select(s => s.Id).ToListAsync(ct);
        var caseManagers = await db.Staff.AsNoTracking()
            .Where(s => centres.Contains(s.SiteId) && s.IsActive)
            .OrderBy(s => s.StaffNumber)
            .Select(s => new { s.Id, s.SiteId, s.Role })
            .ToListAsync(ct);
        var added = 0;
        foreach (var cm in caseManagers.Where(s => s.Role.IsCaseManager()))
        {
            var clients = await db.Clients.AsNoTracking().Where(c => c.HomeSiteId == cm.SiteId && !c.IsRestricted).OrderBy(c => c.ClientNumber)
                .Skip(random.Next(0, 40)).Take(5).Select(c => new { c.Id, c.FirstName, c.LastName }).ToListAsync(ct);
            if (clients.Count == 0)
            {
                continue;
            }

            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var sample = Samples[random.Next(Samples.Length)];
                var client = clients[random.Next(clients.Count)];
                var received = now.AddMinutes(-random.Next(30, 60 * 60));
                var message = new CaseManagerMessage(Guid.CreateVersion7(), cm.Id, client.Id, sample.Kind, $"{client.FirstName} {client.LastName}", null, sample.Subject, sample.Body, received);
                if (random.NextDouble() < 0.5)
                {
                    var answered = received.AddMinutes(random.Next(20, 36 * 60));
                    if (answered < now)
                    {
                        var text = message.Acknowledge(cm.Id, MessageResponse.PhoneContactMade, "Spoke with the client and sorted it out.", answered, t => t.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
                        var note = new EngagementNote(Guid.CreateVersion7(), client.Id, cm.Id, answered, answered, EngagementChannel.Phone, EngagementOutcome.Contact, text!, null);
                        db.EngagementNotes.Add(note);
                        message.LinkNote(note.Id);
                    }
                }

                db.CaseManagerMessages.Add(message);
                added++;
            }

            for (var day = 0; day < 3; day++)
            {
                for (var check = random.Next(0, 3); check > 0; check--)
                {
                    db.VoicemailChecks.Add(new VoicemailCheck(Guid.CreateVersion7(), cm.Id, now.AddDays(-day).AddHours(-random.Next(1, 8)), random.Next(0, 2)));
                }
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return added;
    }
}
