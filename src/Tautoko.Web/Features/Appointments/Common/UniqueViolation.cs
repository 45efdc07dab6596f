using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tautoko.Data.Configurations;

namespace Tautoko.Web.Features.Appointments.Common;

/// <summary>Recognises the database refusing a second appointment in one slot, on either provider.</summary>
public static class UniqueViolation
{
    public static bool IsSlotTaken(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName == AppointmentConfiguration.OneAppointmentPerSlot,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains("appointments.SlotId", StringComparison.Ordinal),
        _ => false,
    };
}
