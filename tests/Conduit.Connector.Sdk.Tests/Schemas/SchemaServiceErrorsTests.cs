using Conduit.Connector.Sdk.Schemas;
using Grpc.Core;

namespace Conduit.Connector.Sdk.Tests.Schemas;

public class SchemaServiceErrorsTests
{
    private static Exception Map(StatusCode code, string message) => MapFor(code, message, TestContext.Current.CancellationToken);

    private static Exception MapFor(StatusCode code, string message, CancellationToken cancellationToken) =>
        SchemaServiceErrors.FromRpc(new RpcException(new Status(code, message)), "GetSchema", "s", 3, cancellationToken);

    [Theory]
    [InlineData(StatusCode.Unknown, "schema subject not found", typeof(SchemaSubjectNotFoundException))]
    [InlineData(StatusCode.Unknown, "subject s: schema subject not found", typeof(SchemaSubjectNotFoundException))]
    [InlineData(StatusCode.Unknown, "schema version not found", typeof(SchemaVersionNotFoundException))]
    [InlineData(StatusCode.Unknown, "version 3: schema version not found", typeof(SchemaVersionNotFoundException))]
    [InlineData(StatusCode.Unknown, "schema not found", typeof(SchemaNotFoundException))]
    [InlineData(StatusCode.NotFound, "no such thing", typeof(SchemaNotFoundException))]
    [InlineData(StatusCode.Unknown, "invalid schema", typeof(InvalidSchemaException))]
    [InlineData(StatusCode.Unknown, "invalid schema bytes", typeof(InvalidSchemaException))]
    [InlineData(StatusCode.Unknown, "invalid schema type", typeof(InvalidSchemaException))]
    [InlineData(StatusCode.Unknown, "invalid schema subject", typeof(InvalidSchemaException))]
    [InlineData(StatusCode.Unimplemented, "unknown method GetSchema", typeof(SchemaServiceUnimplementedException))]
    [InlineData(StatusCode.Unknown, "method not implemented", typeof(SchemaServiceUnimplementedException))]
    [InlineData(StatusCode.DeadlineExceeded, "deadline", typeof(TimeoutException))]
    [InlineData(StatusCode.Unknown, "context deadline exceeded", typeof(TimeoutException))]
    [InlineData(StatusCode.Cancelled, "cancelled by the server", typeof(SchemaException))]
    [InlineData(StatusCode.Unknown, "token \"x\" is invalid", typeof(SchemaException))]
    [InlineData(StatusCode.Unavailable, "connection refused", typeof(SchemaException))]
    [InlineData(StatusCode.Unknown, "not an invalid schema at all", typeof(SchemaException))]
    public void Status_MapsToException(StatusCode code, string message, Type expected)
    {
        var error = Map(code, message);

        Assert.IsType(expected, error, exactMatch: true);
        Assert.IsType<RpcException>(error.InnerException);
    }

    [Fact]
    public void NotFound_CarriesSubjectAndVersion()
    {
        var error = Assert.IsType<SchemaVersionNotFoundException>(Map(StatusCode.Unknown, "schema version not found"));

        Assert.Equal(("s", 3), (error.Subject, error.Version));
        Assert.Equal("subject s version 3: schema version not found", error.Message);
    }

    [Fact]
    public void Cancelled_WhenTheCallerCancelled_IsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var error = Assert.IsType<OperationCanceledException>(MapFor(StatusCode.Cancelled, "Call canceled by the client.", cancel.Token));

        Assert.Equal(cancel.Token, error.CancellationToken);
    }

    [Fact]
    public void UnknownError_KeepsCodeAndMessage()
    {
        var error = Map(StatusCode.PermissionDenied, "nope");

        Assert.Equal("schema service GetSchema failed (PermissionDenied): nope", error.Message);
    }
}
