using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Messaging;

namespace Tautoko.Data;

/// <summary>The appointments feature's tables on the context (its configurations live in Configurations/AppointmentConfigurations.cs).</summary>
public static class AppointmentSets
{
    extension(TautokoDbContext db)
    {
        public DbSet<CaseManagerCalendar> Calendars => db.Set<CaseManagerCalendar>();

        public DbSet<AppointmentSlot> AppointmentSlots => db.Set<AppointmentSlot>();

        public DbSet<Appointment> Appointments => db.Set<Appointment>();

        public DbSet<CalendarBlockout> CalendarBlockouts => db.Set<CalendarBlockout>();

        public DbSet<OutboxMessage> OutboxMessages => db.Set<OutboxMessage>();
    }
}
