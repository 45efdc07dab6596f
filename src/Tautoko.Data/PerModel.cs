using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Tautoko.Data;

/// <summary>
/// A compiled query (<see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, CancellationToken, TResult}})"/>)
/// is bound to the model of the first context that runs it, and the model differs by provider. One process can run on
/// both (the tests and the benchmarks do), so this keeps one compiled delegate per model, compiled on first use.
/// </summary>
/// <typeparam name="TQuery">The delegate <c>EF.CompileAsyncQuery</c> returns.</typeparam>
public sealed class PerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = [];

    /// <summary>The query compiled for <paramref name="db"/>'s model.</summary>
    public TQuery For(DbContext db)
    {
        var model = db.Model;
        return compiled.TryGetValue(model, out var query) ? query : compiled.GetValue(model, _ => compile());
    }
}
