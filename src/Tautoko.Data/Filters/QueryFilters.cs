using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Tautoko.Data.Filters;

/// <summary>
/// Marks a filter method (e.g. <see cref="OpenBreakGlass.IsHeld"/>) as standing for the expression in the named static
/// field of its class, which <see cref="QueryFilters.Inline{TDelegate}"/> puts in its place so EF Core can translate it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InlinedFromAttribute(string expressionField) : Attribute
{
    public string ExpressionField { get; } = expressionField;
}

/// <summary>
/// Each shared filter is one expression in Data. A query, compiled (<c>EF.CompileAsyncQuery</c>) or not, calls the
/// filter's method; <see cref="Inline{TDelegate}"/> replaces the call by the filter's expression with the call's
/// arguments, so the same filter reaches SQL everywhere and nothing restates it. Captured values stay captured (EF Core
/// makes them SQL parameters); a compiled query's parameters stay its parameters.
/// </summary>
public static class QueryFilters
{
    private static readonly ConcurrentDictionary<MethodInfo, LambdaExpression?> Filters = new();

    /// <summary>The query with every filter method call replaced by its expression.</summary>
    public static Expression<TDelegate> Inline<TDelegate>(Expression<TDelegate> query) => (Expression<TDelegate>)new Inliner().Visit(query);

    private static LambdaExpression? FilterOf(MethodInfo method) => Filters.GetOrAdd(method, static m =>
        m.GetCustomAttribute<InlinedFromAttribute>() is { } inlined
            ? (LambdaExpression?)m.DeclaringType!.GetField(inlined.ExpressionField, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
              ?? throw new InvalidOperationException($"{m.DeclaringType!.Name}.{m.Name} names no expression field {inlined.ExpressionField}.")
            : null);

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (FilterOf(node.Method) is not { } filter)
            {
                return base.VisitMethodCall(node);
            }

            var arguments = node.Arguments.Select(Visit).ToList();
            var body = new Substitution(filter.Parameters.Zip(arguments, (p, a) => (p, a!)).ToDictionary(x => x.p, x => x.Item2)).Visit(filter.Body);
            return Visit(body);
        }
    }

    private sealed class Substitution(Dictionary<ParameterExpression, Expression> arguments) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => arguments.TryGetValue(node, out var argument) ? argument : node;
    }
}
