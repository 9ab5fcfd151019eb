using Conduit.Connector.Sdk.Middleware;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Limits how many records per second reach <see cref="Destination.WriteAsync"/> (<c>sdk.rate.perSecond</c>),
/// with bursts of at most <c>sdk.rate.burst</c> records (by default as many as one second allows). A batch
/// larger than the burst is written in chunks of the burst size. Uses a token bucket from
/// <c>System.Threading.RateLimiting</c>.
/// </summary>
public sealed class DestinationRateLimitMiddleware : DestinationMiddleware
{
    /// <summary>The key <c>sdk.rate.perSecond</c>.</summary>
    public const string PerSecondKey = "sdk.rate.perSecond";

    /// <summary>The key <c>sdk.rate.burst</c>.</summary>
    public const string BurstKey = "sdk.rate.burst";

    private ParameterSpecification[]? _parameters;

    /// <summary>Gets the default of <c>sdk.rate.perSecond</c>. <para>Defaults to 0 (no limit).</para></summary>
    public double RatePerSecond { get; init; }

    /// <summary>Gets the default of <c>sdk.rate.burst</c>. <para>Defaults to 0 (one second's worth of records).</para></summary>
    public int Burst { get; init; }

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpecification> Parameters => _parameters ??=
    [
        MiddlewareParameters.Float(PerSecondKey, RatePerSecond, "Maximum number of records written per second (0 means no rate limit)."),
        MiddlewareParameters.Int(BurstKey, Burst, "Allow bursts of at most X records (0 or less means that bursts are not limited). Only takes effect if a rate limit per second is set. Note that if `sdk.batch.size` is bigger than `sdk.rate.burst`, the effective batch size will be equal to `sdk.rate.burst`."),
    ];

    internal override DestinationStage Configure(ConfigurationReader reader, MiddlewareContext context)
    {
        var parameters = Parameters;
        var perSecond = reader.GetFloat(parameters[0]) ?? 0;
        var burst = MiddlewareParameters.ReadCount(reader, parameters[1]);
        if (!(perSecond > 0) || double.IsInfinity(perSecond))
        {
            return DestinationStage.Passive;
        }

        var stage = new RateLimitStage(perSecond, burst);
        MiddlewareLog.RateLimitEnabled(context.Logger, perSecond, stage.Burst);
        return stage;
    }
}
