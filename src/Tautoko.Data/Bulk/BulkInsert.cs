using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tautoko.Data.Bulk;

/// <summary>
/// Inserts many rows of one entity in the caller's connection and transaction — binary COPY on PostgreSQL,
/// prepared INSERTs on SQLite — without the change tracker. For the daily LMI1 run and national proposals.
/// </summary>
public static class BulkInsert
{
    public static async Task WriteAsync<TEntity>(TautokoDbContext db, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        if (rows.Count == 0)
        {
            return;
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        await using IBulkWriter writer = db.IsPostgres ? new PostgresBulkWriter(db, sql) : new SqliteBulkWriter(db, sql);
        var opened = db.Database.GetDbConnection().State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await writer.WriteAsync(TableMap<TEntity>.ForEntity(db.Model), rows, cancellationToken);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
