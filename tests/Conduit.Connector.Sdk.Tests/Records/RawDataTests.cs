namespace Conduit.Connector.Sdk.Tests.Records;

public sealed class RawDataTests
{
    [Fact]
    public void Constructor_Array_DoesNotCopy()
    {
        var bytes = new byte[] { 1, 2, 3 };

        var data = new RawData(bytes);

        Assert.True(data.Bytes.Span == bytes.AsSpan());
    }

    [Fact]
    public void Clone_ReturnsSameImmutableInstance()
    {
        var data = RawData.FromString("abc");

        Assert.Same(data, data.Clone());
    }

    [Fact]
    public void Equals_SameBytes_EqualWithSameHash()
    {
        var a = RawData.FromString("abc");
        var b = new RawData("abc"u8.ToArray());

        Assert.Equal<Data>(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual<Data>(a, RawData.FromString("abd"));
    }

    [Fact]
    public void ToString_AndToBytes_GiveTextAndBytes()
    {
        var data = RawData.FromString("héllo");

        Assert.Equal("héllo", data.ToString());
        Assert.Equal("héllo"u8.ToArray(), data.ToBytes().ToArray());
    }
}
