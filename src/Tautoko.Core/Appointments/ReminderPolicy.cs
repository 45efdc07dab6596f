using Tautoko.Core.Calendar;

namespace Tautoko.Core.Appointments;

public enum ReminderChannel
{
    Text = 0,
    Email = 1,
}

public sealed record PlannedReminder(DateTimeOffset SendAt, ReminderChannel Channel, string When);

/// <summary>
/// Reminders go earlier and more often to clients at risk of not attending — missed appointments are
/// the main reason engagement standards are missed. Working days are counted on the site's calendar.
/// <list type="bullet">
/// <item>low risk: one reminder the working day before (10am);</item>
/// <item>elevated: two and one working days before (10am, then 3pm);</item>
/// <item>high: three and one working days before (10am) and 7.30am on the day, by text and e-mail both where the client has them.</item>
/// </list>
/// A reminder whose time has passed when the appointment is booked is dropped; if that leaves none
/// and the appointment is more than two hours away, one goes at once.
/// </summary>
public static class ReminderPolicy
{
    public static IReadOnlyList<PlannedReminder> Plan(DnaRiskBand band, DateTimeOffset startsAt, DateTimeOffset now, bool canText, bool canEmail, AnniversaryDistrict district)
    {
        if (!canText && !canEmail)
        {
            return [];
        }

        var date = NzLocalTime.DateOf(startsAt);
        var times = band switch
        {
            DnaRiskBand.Low => new[] { (Days: 1, At: new TimeOnly(10, 0)) },
            DnaRiskBand.Elevated => [(2, new TimeOnly(10, 0)), (1, new TimeOnly(15, 0))],
            DnaRiskBand.High => [(3, new TimeOnly(10, 0)), (1, new TimeOnly(10, 0)), (0, new TimeOnly(7, 30))],
        };

        var channels = band == DnaRiskBand.High && canText && canEmail
            ? new[] { ReminderChannel.Text, ReminderChannel.Email }
            : [canText ? ReminderChannel.Text : ReminderChannel.Email];

        var reminders = new List<PlannedReminder>();
        foreach (var (days, at) in times)
        {
            var day = days == 0 ? date : WorkingDays.Add(date, -days, district);
            var sendAt = NzLocalTime.ToUtc(day, at);
            if (sendAt <= now || sendAt >= startsAt.AddHours(-1))
            {
                continue;
            }

            var when = days switch
            {
                0 => "on the morning of the appointment",
                1 => "the working day before",
                _ => $"{days} working days before",
            };
            reminders.AddRange(channels.Select(c => new PlannedReminder(sendAt, c, when)));
        }

        if (reminders.Count == 0 && startsAt - now > TimeSpan.FromHours(2))
        {
            reminders.AddRange(channels.Select(c => new PlannedReminder(now, c, "when booked")));
        }

        return reminders;
    }
}
