using static Conduit.Connector.Sdk.Tests.Middleware.MiddlewareRuntimes;

namespace Conduit.Connector.Sdk.Tests.Middleware;

/// <summary>The first middleware of a pipeline is the outermost; authors add their own with the same parameter mechanism.</summary>
public sealed class MiddlewareOrderTests
{
    [Fact]
    public async Task Source_RecordsPassInnermostFirst_AndCustomParametersAreRead()
    {
        var middleware = MiddlewarePipeline<SourceMiddleware>.Empty.With(new OrderMiddleware()).With(new OtherOrderMiddleware());
        var runtime = Source(new ListSource([Record.NewCreate(Position.FromString("1"), null, null)], endWhenDone: true), middleware);
        await runtime.ConfigureAsync(Config("order.tag=A"), CancellationToken.None);
        await runtime.OpenAsync(Position.Empty, CancellationToken.None);
        var stream = new MessageStream();
        var run = runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, CancellationToken.None);

        var record = Assert.Single(await stream.ReceiveAsync());
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal("other,A", record.Metadata["trace"]);
    }

    [Fact]
    public async Task Destination_RecordsPassOutermostFirst()
    {
        var destination = new RecordingDestination();
        var middleware = MiddlewarePipeline<DestinationMiddleware>.Empty.With(new DestinationOrderMiddleware("outer")).With(new OtherDestinationOrderMiddleware());
        var runtime = Destination(destination, middleware);
        await runtime.ConfigureAsync(Config(), CancellationToken.None);
        await runtime.OpenAsync(CancellationToken.None);
        var stream = new AckStream();
        var run = runtime.RunAsync(stream.Batches, stream.SendAcksAsync, CancellationToken.None);

        stream.Send(Record.NewCreate(Position.FromString("1"), null, null));
        await stream.ReceiveAcksAsync(1);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal("outer,inner", Assert.Single(Assert.Single(destination.Batches)).Metadata["trace"]);
    }

    [Fact]
    public async Task CustomParameter_BadValue_IsReportedLikeAnyOther()
    {
        var runtime = Source(new ListSource([]), SourceMiddleware.Default.With(new OrderMiddleware()));

        var error = await Assert.ThrowsAsync<ConfigurationException>(() => runtime.ConfigureAsync(Config(), CancellationToken.None));

        Assert.Equal("error validating \"order.tag\": required parameter is not provided", Assert.Single(error.Errors).Message);
    }

    internal static void Trace(Record record, string step) =>
        record.Metadata["trace"] = record.Metadata.TryGetValue("trace", out var trace) ? trace + "," + step : step;
}

public sealed class OrderConfig : IConnectorConfiguration<OrderConfig>
{
    private static readonly ParameterSpecification Tag = new("order.tag", ParameterType.String) { Validations = [new(ValidationType.Required, "")] };

    public static IReadOnlyList<ParameterSpecification> Parameters { get; } = [Tag];

    public string Value { get; private init; } = string.Empty;

    public static OrderConfig Read(ConfigurationReader reader) => new() { Value = reader.GetString(Tag) ?? string.Empty };
}

internal sealed class OrderMiddleware : SourceMiddleware<OrderConfig>
{
    protected override ValueTask ProcessAsync(Record record, OrderConfig configuration, CancellationToken cancellationToken)
    {
        MiddlewareOrderTests.Trace(record, configuration.Value);
        return ValueTask.CompletedTask;
    }
}

internal sealed class OtherOrderMiddleware : SourceMiddleware<Runtime.EmptyConfig>
{
    protected override ValueTask ProcessAsync(Record record, Runtime.EmptyConfig configuration, CancellationToken cancellationToken)
    {
        MiddlewareOrderTests.Trace(record, "other");
        return ValueTask.CompletedTask;
    }
}

internal sealed class DestinationOrderMiddleware(string name) : DestinationMiddleware<Runtime.EmptyConfig>
{
    protected override ValueTask ProcessAsync(Record record, Runtime.EmptyConfig configuration, CancellationToken cancellationToken)
    {
        MiddlewareOrderTests.Trace(record, name);
        return ValueTask.CompletedTask;
    }
}

internal sealed class OtherDestinationOrderMiddleware : DestinationMiddleware<Runtime.EmptyConfig>
{
    protected override ValueTask ProcessAsync(Record record, Runtime.EmptyConfig configuration, CancellationToken cancellationToken)
    {
        MiddlewareOrderTests.Trace(record, "inner");
        return ValueTask.CompletedTask;
    }
}
