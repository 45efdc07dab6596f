using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Messaging;

namespace Tautoko.Data;

/// <summary>The appointments feature's tables (configurations in Configurations/AppointmentConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<CaseManagerCalendar> Calendars => Set<CaseManagerCalendar>();

    public DbSet<AppointmentSlot> AppointmentSlots => Set<AppointmentSlot>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<CalendarBlockout> CalendarBlockouts => Set<CalendarBlockout>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>National office's sending window for texts and e-mails (at most one row).</summary>
    public DbSet<SendingWindowSettings> SendingWindows => Set<SendingWindowSettings>();
}
