using System.Linq.Expressions;
using Callback.Sagas.StateMachines;

namespace Callback.Web.Api.Management;

/// <summary>
/// The filters of a query string, combined by GMS's <c>operand</c> (<c>AND</c>, the default, or <c>OR</c>). What SQL can
/// narrow is narrowed in the database (<see cref="Narrow"/>); the exact test runs on each record (<see cref="Matches"/>).
/// </summary>
public sealed record RecordQuery(IReadOnlyList<RecordFilter> Filters, bool Any)
{
    public const string OperandKey = "operand";

    /// <summary>jQuery's cache buster (<c>_=1406647599350</c> in the seed's trace): never a filter.</summary>
    const string CacheBusterKey = "_";

    /// <summary>
    /// Reads every <c>key=value</c> of <paramref name="query"/> but <paramref name="reserved"/> and <c>operand</c>; a key
    /// given several times gives several filters. Null with <paramref name="error"/> when <c>operand</c> is neither AND nor OR.
    /// </summary>
    public static RecordQuery? From(IQueryCollection query, IReadOnlySet<string> reserved, out string? error)
    {
        var operand = query[OperandKey].ToString();
        var any = operand.Equals("OR", StringComparison.OrdinalIgnoreCase);
        if (!any && operand.Length > 0 && !operand.Equals("AND", StringComparison.OrdinalIgnoreCase))
        {
            error = $"The operand '{operand}' is not supported: use AND or OR.";
            return null;
        }

        var filters = query
            .Where(q => q.Key != OperandKey && q.Key != CacheBusterKey && !reserved.Contains(q.Key))
            .SelectMany(q => q.Value.Select(value => RecordFilter.Parse(q.Key, value ?? "")))
            .ToList();

        error = null;
        return new(filters, any);
    }

    public bool Matches(IReadOnlyDictionary<string, string> record) =>
        Filters.Count == 0 || (Any ? Filters.Any(f => f.Matches(record)) : Filters.All(f => f.Matches(record)));

    /// <summary>
    /// Every narrowing for AND; for OR, their disjunction, which is possible only when every filter can be narrowed
    /// (a user-data filter could match any session).
    /// </summary>
    public IQueryable<CallbackSession> Narrow(IQueryable<CallbackSession> sessions)
    {
        var narrowings = Filters.Select(f => f.Narrowing()).ToList();
        if (!Any)
            return narrowings.OfType<Expression<Func<CallbackSession, bool>>>().Aggregate(sessions, (q, n) => q.Where(n));

        if (narrowings.Count == 0 || narrowings.Any(n => n is null))
            return sessions;

        return sessions.Where(narrowings.Select(n => n!).Aggregate(Either));
    }

    static Expression<Func<CallbackSession, bool>> Either(Expression<Func<CallbackSession, bool>> left, Expression<Func<CallbackSession, bool>> right)
    {
        var session = left.Parameters[0];
        var rightBody = new ParameterSwap(right.Parameters[0], session).Visit(right.Body);
        return Expression.Lambda<Func<CallbackSession, bool>>(Expression.OrElse(left.Body, rightBody), session);
    }

    /// <summary>Rewrites one lambda's body onto the other's parameter, so that both can be joined in one condition.</summary>
    sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) :
        ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
