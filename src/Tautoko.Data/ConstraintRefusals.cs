using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tautoko.Data.Configurations;

namespace Tautoko.Data;

/// <summary>Recognises the database refusing a save by a named unique, check or foreign-key constraint, on either provider.</summary>
public static class ConstraintRefusals
{
    private const int SqliteConstraint = 19;

    /// <summary>
    /// What SQLite says for each constraint a caller recognises. SQLite does not name a unique index in its message, only
    /// the table and columns, and names neither a foreign key; a check constraint it names. A constraint not listed here
    /// is recognised on PostgreSQL only, so list it with its configuration's constant.
    /// </summary>
    private static readonly Dictionary<string, string> SqliteMessages = new(StringComparer.Ordinal)
    {
        [AppointmentConfiguration.OneAppointmentPerSlot] = "UNIQUE constraint failed: appointments.SlotId",
        [CaseloadPlacementConfiguration.OneOpenPlacementPerClient] = "UNIQUE constraint failed: caseload_placements.ClientId",
        [CaseloadConfiguration.WithinCapacity] = $"CHECK constraint failed: {CaseloadConfiguration.WithinCapacity}",
        [HardshipApplicationConfiguration.OneOpenReviewPerApplication] = "UNIQUE constraint failed: decision_reviews.ApplicationId",
        [ReferralConfiguration.OncePerVacancy] = "UNIQUE constraint failed: referrals.VacancyId, referrals.ClientId",
        [SessionMeasureConfiguration.OnePerAppointment] = "UNIQUE constraint failed: session_measures.AppointmentId",
        [CallRecordConfiguration.OneRecordPerCallId] = "UNIQUE constraint failed: call_records.CallId",
    };

    /// <summary>Whether <paramref name="exception"/> is the constraint named <paramref name="constraintName"/> (a constant on its entity configuration) refusing the save.</summary>
    public static bool Refused(this DbUpdateException exception, string constraintName) => exception.InnerException switch
    {
        PostgresException pg => pg.ConstraintName == constraintName
            && pg.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.CheckViolation or PostgresErrorCodes.ForeignKeyViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && SqliteMessages.TryGetValue(constraintName, out var message)
            && sqlite.Message.Contains(message, StringComparison.Ordinal),
        _ => false,
    };
}
