using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Calls;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Configurations;
using Tautoko.Data.Operations;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Calls;

/// <summary>
/// Imports a telephony system's call records from CSV (seed 003 Appendix One). Every line is checked first; a line that is
/// wrong in any way — a field, an unknown queue, a call id repeated in the file, a call id already held with other values —
/// is reported with its line number and field, and then nothing is written. Otherwise the new calls are written in one
/// transaction; a call id already held with the same values is counted as already held, so importing a file again adds nothing.
/// </summary>
public sealed class CallImportHandler(TautokoDbContext db, CallAccess access, AuditLog audit, TimeProvider clock)
{
    /// <summary>The largest file accepted (about 250,000 calls).</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    public const int MaxLines = 250_000;

    /// <summary>At most this many line problems are listed; the rest are counted.</summary>
    public const int MaxListedProblems = 200;

    public const string FileField = "file";

    private const int Batch = 1000;

    public async Task<Outcome<CallImportResult>> ImportAsync(Func<CancellationToken, Task<byte[]?>> readContent, string? source, CancellationToken ct)
    {
        if (!await access.MayAsync(ct))
        {
            return CallAccess.Refusal();
        }

        var content = await readContent(ct);
        if (content is null || content.Length == 0)
        {
            return Failure.Invalid(FileField, "Send the call records as CSV: a text/csv body, or the multipart field `file`.");
        }

        if (content.Length > MaxBytes)
        {
            return Failure.Invalid(FileField, $"The file is at most {MaxBytes / (1024 * 1024)} MB; split larger exports by month.");
        }

        var now = clock.GetUtcNow();
        var problems = new ProblemList();
        var lines = new List<(long Line, CallFacts Facts, BusinessUnit Unit)>();
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        var malformed = new List<(long Line, CsvMalformedReason Reason)>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            TrimWhitespace = true,
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = r => malformed.Add((r.LineNumber, r.Reason)),
        };

        using (var csv = CsvReader.Create(content, options))
        {
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            var headers = csv.Headers;
            for (var i = 0; i < headers.Count; i++)
            {
                if (CallLine.FieldOfHeader(headers[i]) is { } field && !columns.ContainsKey(field))
                {
                    columns[field] = i;
                }
            }

            var missing = CallLine.Fields.Where(f => !columns.ContainsKey(f)).ToList();
            if (missing.Count > 0)
            {
                return Failure.Invalid("line 1: header",
                    $"The first line names the columns: call id, queue, offered, answered, end, abandoned, call-back offered, call-back accepted. Missing: {string.Join(", ", missing)}.");
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            while (csv.Read())
            {
                ct.ThrowIfCancellationRequested();
                var line = csv.LineNumber;
                if (lines.Count + problems.Lines >= MaxLines)
                {
                    return Failure.Invalid(FileField, $"A file holds at most {MaxLines.ToString("N0", CultureInfo.InvariantCulture)} calls; split larger exports by month.");
                }

                foreach (var (field, index) in columns)
                {
                    values[field] = index < csv.FieldCount ? csv.GetString(index) : null;
                }

                var (facts, unit, found) = CallLine.Check(values, now);
                if (facts is null)
                {
                    problems.AddLine(line, found);
                    continue;
                }

                if (firstLine.TryGetValue(facts.CallId, out var earlier))
                {
                    problems.AddLine(line, [(CallLine.CallIdField, $"The call id {facts.CallId} is also on line {earlier}; a file lists each call once.")]);
                    continue;
                }

                firstLine[facts.CallId] = line;
                lines.Add((line, facts, unit));
            }
        }

        foreach (var (line, reason) in malformed)
        {
            problems.AddLine(line, [("line", $"The line is not well-formed CSV ({reason}): check its quotes.")]);
        }

        // Call ids already held: the same values are "already held"; other values are a conflict, reported on the line.
        var held = 0;
        var fresh = new List<(long Line, CallFacts Facts, BusinessUnit Unit)>(lines.Count);
        foreach (var chunk in lines.Chunk(Batch))
        {
            var ids = chunk.Select(l => l.Facts.CallId).ToList();
            var existing = await db.CallRecords.AsNoTracking().Where(c => ids.Contains(c.CallId)).ToDictionaryAsync(c => c.CallId, StringComparer.Ordinal, ct);
            foreach (var l in chunk)
            {
                if (!existing.TryGetValue(l.Facts.CallId, out var record))
                {
                    fresh.Add(l);
                }
                else if (record.Facts.SameAs(l.Facts))
                {
                    held++;
                }
                else
                {
                    problems.AddLine(l.Line, [(CallLine.CallIdField,
                        $"The call id {l.Facts.CallId} is already held with other values (imported {DateDisplay.Show(record.ImportedAt)}); a held call is never changed by an import.")]);
                }
            }
        }

        if (problems.Lines > 0)
        {
            return Failure.Invalid(problems.Errors());
        }

        var importId = Guid.CreateVersion7();
        var result = new CallImportResult(importId, lines.Count, fresh.Count, held,
            lines.Count == 0 ? null : lines.Min(l => l.Facts.OfferedAt), lines.Count == 0 ? null : lines.Max(l => l.Facts.OfferedAt));
        await using var work = await db.BeginUnitOfWorkAsync(ct);
        audit.Add(AuditAction.Create, "CallImport", importId.ToString(), null,
            $"imported call records{(string.IsNullOrWhiteSpace(source) ? string.Empty : $" from {source.Trim()}")}: {lines.Count} lines, {fresh.Count} added, {held} already held");
        try
        {
            var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                foreach (var chunk in fresh.Chunk(Batch))
                {
                    db.CallRecords.AddRange(chunk.Select(l => new CallRecord(Guid.CreateVersion7(), l.Facts, l.Unit, importId, now)));
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }

                await db.SaveChangesAsync(ct);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = tracking;
            }

            await work.CommitAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.Refused(CallRecordConfiguration.OneRecordPerCallId))
        {
            db.ChangeTracker.Clear();
            return Failure.Conflict(new DomainError("call-id-held", "Another import wrote some of these calls at the same moment; import the file again (calls already held are not added twice)."), "Calls imported meanwhile");
        }

        return result;
    }

    /// <summary>Line problems keyed "line N: field", in line order, at most <see cref="MaxListedProblems"/> listed.</summary>
    private sealed class ProblemList
    {
        private readonly SortedDictionary<long, List<(string Field, string Message)>> _byLine = [];

        public int Lines => _byLine.Count;

        public void AddLine(long line, IEnumerable<(string Field, string Message)> problems)
        {
            if (!_byLine.TryGetValue(line, out var list))
            {
                _byLine[line] = list = [];
            }

            list.AddRange(problems);
        }

        public Dictionary<string, string[]> Errors()
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var listed = 0;
            foreach (var (line, problems) in _byLine)
            {
                foreach (var group in problems.GroupBy(p => p.Field))
                {
                    if (listed++ < MaxListedProblems)
                    {
                        errors[string.Create(CultureInfo.InvariantCulture, $"line {line}: {group.Key}")] = [.. group.Select(p => p.Message)];
                    }
                }
            }

            if (listed > MaxListedProblems)
            {
                errors[FileField] = [string.Create(CultureInfo.InvariantCulture, $"{listed - MaxListedProblems} more problems not listed; {Lines} lines have problems in all. Nothing was imported.")];
            }
            else
            {
                errors[FileField] = [string.Create(CultureInfo.InvariantCulture, $"{Lines} lines have problems. Nothing was imported.")];
            }

            return errors;
        }
    }
}
