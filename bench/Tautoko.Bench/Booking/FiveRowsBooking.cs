using Npgsql;

namespace Tautoko.Bench.Booking;

/// <summary>
/// The bare booking baseline's work: the five rows a real booking writes (appointment, engagement-log entry, audit row,
/// confirmation and reminder), inserted by hand with Npgsql as one batch, which PostgreSQL runs as one implicit
/// transaction (one Sync: all commit or none), into the same tables with the same indexes, foreign keys and unique
/// index on the slot. The column values are copied column for column from rows a real booking wrote in the warm-up
/// (same texts, same lengths); what differs per booking is filled in as the host would: new ids, the client, the
/// slot's case manager, site and times, the time of booking, the audit row's appointment id; the booker is the template's (the same CSR). A slot already taken
/// is refused by the unique index and answered 409, as the host does. It reads nothing from the database per request:
/// the slots' case managers, sites and times are held in memory from start-up.
/// </summary>
internal sealed class FiveRowsBooking
{
    private const string OneAppointmentPerSlot = "ux_appointments_slot";

    private readonly Dictionary<Guid, Slot> _slots;
    private readonly Row _appointment;
    private readonly Row _note;
    private readonly Row _audit;
    private readonly Row _confirmation;
    private readonly Row _reminder;

    private FiveRowsBooking(Dictionary<Guid, Slot> slots, Row appointment, Row note, Row audit, Row confirmation, Row reminder)
    {
        _slots = slots;
        _appointment = appointment;
        _note = note;
        _audit = audit;
        _confirmation = confirmation;
        _reminder = reminder;
    }

    /// <summary>What the baseline writes per booking, as PERFORMANCE.md describes it.</summary>
    public string Describe() =>
        $"`INSERT` into `appointments` ({_appointment.Columns.Length} columns), `engagement_notes` ({_note.Columns.Length}), `audit_entries` ({_audit.Columns.Length}) and twice `outbox_messages` ({_confirmation.Columns.Length})";

    /// <summary>The newest booking the host made through the API that wrote exactly two messages, for its rows' values.</summary>
    public static async Task<Guid> TemplateAsync(NpgsqlDataSource data, DateTimeOffset since)
    {
        await using var command = data.CreateCommand("""
            SELECT a."Id" FROM appointments a
            WHERE a."BookedAt" >= $1 AND a."SlotId" IS NOT NULL
              AND (SELECT count(*) FROM outbox_messages m WHERE m."AppointmentId" = a."Id") = 2
              AND EXISTS (SELECT 1 FROM engagement_notes n WHERE n."ClientId" = a."ClientId" AND n."RecordedAt" = a."BookedAt")
              AND EXISTS (SELECT 1 FROM audit_entries e WHERE e."ClientId" = a."ClientId" AND e."Entity" = 'Appointment' AND e."EntityId" = a."Id"::text)
            ORDER BY a."BookedAt" DESC LIMIT 1
            """);
        command.Parameters.AddWithValue(since);
        return await command.ExecuteScalarAsync() is Guid id ? id : throw new InvalidOperationException("The warm-up booked nothing the baseline could copy.");
    }

    /// <summary>
    /// Slots of the baseline's own, so it never takes the host's (a year of the demo's calendars holds only about 50,000):
    /// proactive half-hour slots of the demo's case managers from 2031 on, in the same table.
    /// </summary>
    public static async Task<List<Guid>> MakeSlotsAsync(NpgsqlDataSource data, int count)
    {
        await using (var command = data.CreateCommand("""
            INSERT INTO appointment_slots ("Id", "Date", "EndsAt", "IsWithdrawn", "Kind", "SiteId", "StaffId", "StartsAt")
            SELECT gen_random_uuid(), (t AT TIME ZONE 'Pacific/Auckland')::date, t + interval '30 minutes', false, 'Proactive', c."SiteId", c."StaffId", t
            FROM case_manager_calendars c
            CROSS JOIN generate_series(timestamptz '2031-01-01 00:00Z', timestamptz '2031-01-01 00:00Z' + ($1 / (SELECT count(*) FROM case_manager_calendars) + 1) * interval '30 minutes', interval '30 minutes') t
            LIMIT $1
            """))
        {
            // Setup, not timed; on a busy machine it can take longer than Npgsql's default 30 s.
            command.CommandTimeout = 600;
            command.Parameters.AddWithValue(count);
            await command.ExecuteNonQueryAsync();
        }

        var slots = new List<Guid>(count);
        await using (var command = data.CreateCommand("""SELECT "Id" FROM appointment_slots WHERE "StartsAt" >= timestamptz '2031-01-01 00:00Z' ORDER BY "Id" """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                slots.Add(reader.GetGuid(0));
            }
        }

        return slots;
    }

    public static async Task<FiveRowsBooking> LoadAsync(NpgsqlDataSource data, Guid template, IReadOnlyCollection<Guid> slotIds)
    {
        var slots = new Dictionary<Guid, Slot>(slotIds.Count);
        var wanted = slotIds.ToHashSet();
        await using (var command = data.CreateCommand("""SELECT "Id", "StaffId", "SiteId", "StartsAt", "EndsAt", "Kind" FROM appointment_slots WHERE "StartsAt" >= timestamptz '2031-01-01 00:00Z'"""))
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (wanted.Contains(reader.GetGuid(0)))
                {
                    slots[reader.GetGuid(0)] = new Slot(reader.GetGuid(1), reader.GetGuid(2), reader.GetFieldValue<DateTime>(3), reader.GetFieldValue<DateTime>(4), reader.GetString(5));
                }
            }
        }

        var appointment = await Row.ReadAsync(data, "appointments", """ "Id" = $1 """, template);
        var note = await Row.ReadAsync(data, "engagement_notes", """ "ClientId" = (SELECT "ClientId" FROM appointments WHERE "Id" = $1) AND "RecordedAt" = (SELECT "BookedAt" FROM appointments WHERE "Id" = $1) """, template);
        var audit = await Row.ReadAsync(data, "audit_entries", """ "ClientId" = (SELECT "ClientId" FROM appointments WHERE "Id" = $1) AND "Entity" = 'Appointment' AND "EntityId" = $1::text """, template);
        var confirmation = await Row.ReadAsync(data, "outbox_messages", """ "AppointmentId" = $1 AND "Purpose" = 'BookingConfirmation' """, template);
        var reminder = await Row.ReadAsync(data, "outbox_messages", """ "AppointmentId" = $1 AND "Purpose" <> 'BookingConfirmation' """, template);
        return new FiveRowsBooking(slots, appointment, note, audit, confirmation, reminder);
    }

    /// <summary>Writes one booking's five rows in one batch: 201, 409 when the slot is taken, 404 for a slot it does not know.</summary>
    public async Task<int> BookAsync(NpgsqlDataSource data, Guid clientId, Guid slotId)
    {
        if (!_slots.TryGetValue(slotId, out var slot))
        {
            return 404;
        }

        var now = DateTime.UtcNow;
        var id = Guid.CreateVersion7();
        await using var connection = await data.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(_appointment.Insert(column => column switch
        {
            "Id" => id,
            "ClientId" => clientId,
            "StaffId" => slot.StaffId,
            "SiteId" => slot.SiteId,
            "SlotId" => slotId,
            "StartsAt" => slot.StartsAt,
            "EndsAt" => slot.EndsAt,
            "Kind" => slot.Kind,
            "BookedAt" => now,
            _ => null,
        }));
        batch.BatchCommands.Add(_note.Insert(column => column switch
        {
            "Id" => Guid.CreateVersion7(),
            "ClientId" => clientId,
            "RecordedAt" or "OccurredAt" => now,
            _ => null,
        }));
        batch.BatchCommands.Add(_audit.Insert(column => column switch
        {
            "At" => now,
            "EntityId" => id.ToString(),
            "ClientId" => clientId,
            "Detail" => $"Booked slot {slotId} ({_appointment.Text("Cover")})",
            _ => null,
        }));
        foreach (var message in new[] { _confirmation, _reminder })
        {
            var sentAtOnce = message.Time("NotBefore") <= message.Time("CreatedAt");
            batch.BatchCommands.Add(message.Insert(column => column switch
            {
                "Id" => Guid.CreateVersion7(),
                "ClientId" => clientId,
                "AppointmentId" => id,
                "CreatedAt" => now,
                "NotBefore" => sentAtOnce ? now : slot.StartsAt - (_appointment.Time("StartsAt") - message.Time("NotBefore")),
                _ => null,
            }));
        }

        try
        {
            await batch.ExecuteNonQueryAsync();
            return 201;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == OneAppointmentPerSlot)
        {
            return 409;
        }
    }

    private sealed record Slot(Guid StaffId, Guid SiteId, DateTime StartsAt, DateTime EndsAt, string Kind);

    /// <summary>A row a real booking wrote: its table's columns (all but identity columns), their types and values.</summary>
    private sealed class Row(string sql, string[] columns, string[] types, object[] values)
    {
        public string[] Columns => columns;

        public static async Task<Row> ReadAsync(NpgsqlDataSource data, string table, string where, Guid template)
        {
            var columns = new List<string>();
            var types = new List<string>();
            await using (var command = data.CreateCommand("""
                SELECT column_name, udt_name FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = $1 AND is_identity = 'NO' AND is_generated = 'NEVER'
                ORDER BY ordinal_position
                """))
            {
                command.Parameters.AddWithValue(table);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(0));
                    types.Add(reader.GetString(1));
                }
            }

            var quoted = string.Join(", ", columns.Select(c => $"\"{c}\""));
            var values = new object[columns.Count];
            await using (var command = data.CreateCommand($"SELECT {quoted} FROM {table} WHERE {where} LIMIT 1"))
            {
                command.Parameters.AddWithValue(template);
                await using var reader = await command.ExecuteReaderAsync();
                if (!await reader.ReadAsync())
                {
                    throw new InvalidOperationException($"No {table} row of booking {template} to copy.");
                }

                reader.GetValues(values);
            }

            var sql = $"INSERT INTO {table} ({quoted}) VALUES ({string.Join(", ", columns.Select((_, i) => $"${i + 1}"))})";
            return new Row(sql, [.. columns], [.. types], values);
        }

        public string Text(string column) => (string)values[Array.IndexOf(columns, column)];

        public DateTime Time(string column) => (DateTime)values[Array.IndexOf(columns, column)];

        /// <summary>The insert of this row with <paramref name="fill"/>'s value wherever it gives one.</summary>
        public NpgsqlBatchCommand Insert(Func<string, object?> fill)
        {
            var command = new NpgsqlBatchCommand(sql);
            for (var i = 0; i < columns.Length; i++)
            {
                command.Parameters.Add(new NpgsqlParameter { DataTypeName = types[i], Value = fill(columns[i]) ?? values[i] });
            }

            return command;
        }
    }
}
