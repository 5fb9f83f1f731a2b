window.YTD.account.part0 = [
  {
    "account": {
      "email": "humas@example.go.id",
      "createdVia": "web",
      "username": "humas_kab",
      "accountId": "555",
      "createdAt": "2012-01-01T00:00:00.000Z",
      "accountDisplayName": "Humas Kabupaten"
    }
  }
]