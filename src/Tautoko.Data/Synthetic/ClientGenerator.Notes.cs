using System.Globalization;
using Tautoko.Core.Calendar;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

internal sealed partial class ClientGenerator
{
    private const int MaxNotesPerClient = 60;

    /// <summary>
    /// the engagement log over the history window — contacts, unsuccessful attempts (up to three, 003),
    /// letters the system sends, and the odd correction that points at the note it corrects.
    /// </summary>
    private List<EngagementNote> GenerateNotes(Random random, int index, Client client, CentreInfo centre, StaffMember? caseManager, int minimum)
    {
        var managed = caseManager is not null;
        var count = Math.Max(minimum, Math.Min(40, random.Poisson(managed ? _managedNotesMean : _otherNotesMean)));
        var notes = new List<EngagementNote>(count + 2);
        var windowStart = Max(_today.AddDays(-_profile.HistoryDays), DateOnly.FromDateTime(client.CreatedAt.UtcDateTime).AddDays(1));
        var span = _today.DayNumber - windowStart.DayNumber;
        if (count == 0 || span <= 0)
        {
            return notes;
        }

        var days = new int[count];
        for (var i = 0; i < count; i++)
        {
            days[i] = random.Next(0, span);
        }

        Array.Sort(days);
        var district = centre.Entity.District;
        var name = client.PreferredName ?? client.FirstName;
        var buddy = caseManager?.BuddyId is { } buddyId ? _staffById[buddyId] : null;
        var ordinal = (long)index * 64;
        var last = DateOnly.MinValue;

        foreach (var day in days)
        {
            if (notes.Count >= MaxNotesPerClient - 4)
            {
                break;
            }

            var date = WorkingDayOnOrBefore(windowStart.AddDays(day), windowStart, district);
            if (date <= last && random.Chance(0.7))
            {
                continue;
            }

            last = date;
            var roll = random.NextDouble();
            StaffMember? author;
            EngagementChannel channel;
            string[] texts;
            if (managed && roll < 0.65)
            {
                author = caseManager;
                (channel, texts) = caseManager!.Variant == CaseManagerVariant.PhoneBased
                    ? (EngagementChannel.Phone, NoteTexts.PhoneContact)
                    : random.Pick<(EngagementChannel, string[])>([
                        ((EngagementChannel.FaceToFace, NoteTexts.FaceToFace), 50), ((EngagementChannel.Phone, NoteTexts.PhoneContact), 32),
                        ((EngagementChannel.Email, NoteTexts.TextOrEmail), 10), ((EngagementChannel.Internal, NoteTexts.Internal), 8)]);
            }
            else if (managed && roll < 0.75 && buddy is not null)
            {
                author = buddy;
                (channel, texts) = (EngagementChannel.Phone, NoteTexts.PhoneContact);
            }
            else if (roll < (managed ? 0.88 : 0.45) && _contactCentreStaff.Length > 0)
            {
                author = random.Pick(_contactCentreStaff);
                (channel, texts) = (EngagementChannel.Phone, NoteTexts.ContactCentre);
            }
            else if (roll < (managed ? 1.0 : 0.62))
            {
                author = null;
                channel = random.Pick<EngagementChannel>([(EngagementChannel.Letter, 55), (EngagementChannel.Text, 30), (EngagementChannel.Portal, 15)]);
                texts = NoteTexts.System;
            }
            else
            {
                author = centre.CaseManagers.Length > 0 && random.Chance(0.8) ? random.Pick(centre.CaseManagers) : centre.Connectors.Length > 0 ? random.Pick(centre.Connectors) : centre.Manager;
                (channel, texts) = random.Chance(0.55) ? (EngagementChannel.FaceToFace, NoteTexts.FaceToFace) : (EngagementChannel.Phone, NoteTexts.PhoneContact);
            }

            if (channel == EngagementChannel.Phone && author is not null && texts != NoteTexts.ContactCentre && random.Chance(0.2))
            {
                // 003: at least three attempts, each recorded, before a contact task is closed.
                date = AddAttempts(random, notes, ref ordinal, client, author, date, district, name, centre);
                if (notes.Count >= MaxNotesPerClient - 2)
                {
                    break;
                }

                if (date >= _today)
                {
                    continue;
                }
            }

            var outcome = channel switch
            {
                EngagementChannel.Letter or EngagementChannel.Text or EngagementChannel.Email or EngagementChannel.Portal or EngagementChannel.Internal => EngagementOutcome.Information,
                _ => EngagementOutcome.Contact,
            };
            var text = string.Format(CultureInfo.InvariantCulture, random.Pick(texts), name, centre.Entity.Name, NextAppointment(random, date, district), random.Pick(NoteTexts.Activities));
            var note = Note(random, ref ordinal, client, author, date, channel, outcome, text, null);
            notes.Add(note);

            if (author is not null && random.Chance(0.015))
            {
                notes.Add(Correction(random, ref ordinal, client, note, date, district));
            }
        }

        return notes;
    }

    private DateOnly AddAttempts(Random random, List<EngagementNote> notes, ref long ordinal, Client client, StaffMember author, DateOnly date, AnniversaryDistrict district, string name, CentreInfo centre)
    {
        var attempts = random.Next(1, 4);
        var identifies = random.Chance(0.5);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            var channel = attempt < 3 ? EngagementChannel.Voicemail : EngagementChannel.Phone;
            notes.Add(Note(random, ref ordinal, client, author, date, channel, EngagementOutcome.UnsuccessfulAttempt, NoteTexts.UnsuccessfulAttempt(attempt, identifies), null));
            date = NextWorkingDay(date, district);
            if (date >= _today)
            {
                return date;
            }
        }

        if (attempts == 3)
        {
            var letter = string.Format(CultureInfo.InvariantCulture, NoteTexts.System[0], name, centre.Entity.Name, NextAppointment(random, date, district));
            notes.Add(Note(random, ref ordinal, client, null, date, EngagementChannel.Letter, EngagementOutcome.Information, letter, null));
            return _today;
        }

        return date;
    }

    private EngagementNote Correction(Random random, ref long ordinal, Client client, EngagementNote original, DateOnly date, AnniversaryDistrict district)
    {
        var text = string.Format(CultureInfo.InvariantCulture, random.Pick(NoteTexts.Corrections), Display(date), NextAppointment(random, date, district));
        var recorded = original.RecordedAt.AddMinutes(random.Next(30, 72 * 60));
        recorded = recorded > _now ? _now : recorded;
        return new EngagementNote(NewId(random, ordinal++), client.Id, original.AuthorId, recorded, original.OccurredAt, original.Channel, original.Outcome, text, original.Id);
    }

    private EngagementNote Note(Random random, ref long ordinal, Client client, StaffMember? author, DateOnly date, EngagementChannel channel, EngagementOutcome outcome, string text, Guid? corrects)
    {
        var occurred = NzTime.ToUtc(date, new TimeOnly(8, 45).AddMinutes(random.Next(0, 480)));
        if (occurred > _now)
        {
            occurred = _now;
        }

        // Most notes are written straight after; some the next morning.
        var recorded = random.Chance(0.08) ? occurred.AddHours(random.Next(16, 24)) : occurred.AddMinutes(random.Next(2, 90));
        if (recorded > _now)
        {
            recorded = _now;
        }

        return new EngagementNote(NewId(random, ordinal++), client.Id, author?.Id, recorded, occurred, channel, outcome, text, corrects);
    }

    private static DateOnly WorkingDayOnOrBefore(DateOnly date, DateOnly floor, AnniversaryDistrict district)
    {
        var candidate = date;
        while (!IsWorkingDay(candidate, district))
        {
            candidate = candidate.AddDays(-1);
        }

        return candidate >= floor ? candidate : NextWorkingDay(date, district);
    }

    private static DateOnly NextWorkingDay(DateOnly date, AnniversaryDistrict district)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next, district))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    private static bool IsWorkingDay(DateOnly date, AnniversaryDistrict district) =>
        date.Year is >= NzHolidays.FirstSupportedYear and <= NzHolidays.LastSupportedYear
            ? WorkingDays.IsWorkingDay(date, district)
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static string NextAppointment(Random random, DateOnly date, AnniversaryDistrict district)
    {
        var next = date.AddDays(random.Next(7, 29));
        while (!IsWorkingDay(next, district))
        {
            next = next.AddDays(1);
        }

        return Display(next);
    }

    private static string Display(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
