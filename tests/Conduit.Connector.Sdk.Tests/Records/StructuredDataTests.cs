namespace Conduit.Connector.Sdk.Tests.Records;

public sealed class StructuredDataTests
{
    [Fact]
    public void Equals_NumbersOfDifferentTypesWithSameValue_AreEqual()
    {
        var ints = new StructuredData { ["a"] = 1, ["b"] = (byte)2, ["c"] = 3UL, ["d"] = 4.5m };
        var doubles = new StructuredData { ["a"] = 1.0, ["b"] = 2.0, ["c"] = 3.0, ["d"] = 4.5 };

        Assert.Equal<Data>(ints, doubles);
        Assert.Equal(ints.GetHashCode(), doubles.GetHashCode());
    }

    [Fact]
    public void Equals_FloatAndDoubleOfSameLiteral_DifferLikeOnTheWire()
    {
        // (double)1.2f is 1.2000000476837158: the wire would carry different numbers.
        Assert.NotEqual<Data>(new StructuredData { ["x"] = 1.2f }, new StructuredData { ["x"] = 1.2 });
    }

    [Fact]
    public void Equals_NestedCollectionsOfDifferentTypes_CompareByContent()
    {
        // Arrange
        var left = new StructuredData
        {
            ["list"] = new[] { 1, 2, 3 },
            ["map"] = new Dictionary<string, string> { ["k"] = "v" },
            ["bytes"] = new byte[] { 1, 2 },
        };
        var right = new StructuredData
        {
            ["list"] = new List<object?> { 1.0, 2.0, 3.0 },
            ["map"] = new Dictionary<string, object?> { ["k"] = "v" },
            ["bytes"] = new ReadOnlyMemory<byte>([1, 2]),
        };

        // Act / Assert
        Assert.Equal<Data>(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        right["list"] = new List<object?> { 1.0, 3.0, 2.0 };
        Assert.NotEqual<Data>(left, right);
    }

    [Fact]
    public void Equals_MissingKeyVersusNullValue_AreDifferent()
    {
        Assert.NotEqual<Data>(new StructuredData { ["a"] = null }, new StructuredData { ["b"] = null });
        Assert.NotEqual<Data>(new StructuredData { ["a"] = null }, new StructuredData());
    }

    [Fact]
    public void Equals_RawAndStructured_NeverEqual()
    {
        Assert.NotEqual<Data>(RawData.FromString("{}"), new StructuredData());
    }

    [Fact]
    public void Clone_ChangingTheCopy_LeavesTheOriginalAlone()
    {
        // Arrange
        var blob = new byte[] { 1, 2, 3 };
        var original = new StructuredData
        {
            ["nested"] = new Dictionary<string, object?> { ["list"] = new List<object?> { "a" } },
            ["items"] = new object?[] { new Dictionary<string, object?> { ["x"] = 1 } },
            ["numbers"] = new[] { 1, 2 },
            ["blob"] = blob,
            ["text"] = "shared",
        };

        // Act
        var copy = original.Clone();
        ((List<object?>)((Dictionary<string, object?>)copy["nested"]!)["list"]!).Add("b");
        ((Dictionary<string, object?>)((object?[])copy["items"]!)[0]!)["x"] = 2;
        ((int[])copy["numbers"]!)[0] = 99;
        ((byte[])copy["blob"]!)[0] = 99;
        copy["text"] = "changed";

        // Assert
        Assert.Single((List<object?>)((Dictionary<string, object?>)original["nested"]!)["list"]!);
        Assert.Equal(1, ((Dictionary<string, object?>)((object?[])original["items"]!)[0]!)["x"]);
        Assert.Equal(1, ((int[])original["numbers"]!)[0]);
        Assert.Equal(1, blob[0]);
        Assert.Equal("shared", original["text"]);
    }

    [Fact]
    public void Clone_BeforeChanges_EqualsOriginal()
    {
        var original = new StructuredData
        {
            ["map"] = new Dictionary<string, int> { ["a"] = 1 },
            ["seq"] = Enumerable.Range(0, 3).Select(i => i * 2),
        };

        Assert.Equal<Data>(original, original.Clone());
    }

    [Fact]
    public void Clone_SelfContainingList_ThrowsInsteadOfOverflowing()
    {
        var list = new List<object?>();
        list.Add(list);
        var data = new StructuredData { ["loop"] = list };

        var exception = Assert.ThrowsAny<NotSupportedException>(() => data.Clone());

        Assert.Contains("64", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToBytes_Structured_IsSortedJson()
    {
        var data = new StructuredData { ["b"] = 1, ["a"] = "x" };

        Assert.Equal("""{"a":"x","b":1}"""u8.ToArray(), data.ToBytes().ToArray());
    }

    [Fact]
    public void ToBytes_UnsupportedValue_NamesTheField()
    {
        var data = new StructuredData { ["id"] = Guid.Empty };

        var exception = Assert.ThrowsAny<NotSupportedException>(() => data.ToBytes());

        Assert.Contains("'id'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("System.Guid", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_AreOrdinalAndCollectionInitializerWorks()
    {
        var data = new StructuredData { { "Id", 1 }, { "id", 2 } };

        Assert.Equal(2, data.Count);
        Assert.Equal(1, data["Id"]);
        Assert.Throws<ArgumentException>(() => data.Add("id", 3));
    }
}
