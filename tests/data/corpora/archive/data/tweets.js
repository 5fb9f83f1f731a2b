window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {},
      "retweeted": false,
      "source": "web",
      "entities": {
        "hashtags": [
          {
            "text": "HUTKabupaten",
            "indices": [
              "0",
              "13"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "25",
      "id_str": "1600000000000000001",
      "truncated": false,
      "retweet_count": "4",
      "id": "1600000000000000001",
      "created_at": "Sat Dec 17 03:00:00 +0000 2022",
      "favorited": false,
      "full_text": "Upacara peringatan #HUTKabupaten ke-75 digelar di alun-alun pagi ini &amp; disiarkan langsung.",
      "lang": "in"
    }
  },
  {
    "tweet": {
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "bpbd_prov",
            "id_str": "200"
          }
        ],
        "urls": []
      },
      "favorite_count": "0",
      "id_str": "1600000000000000002",
      "retweet_count": "0",
      "id": "1600000000000000002",
      "created_at": "Sun Dec 18 05:00:00 +0000 2022",
      "full_text": "RT @bpbd_prov: Waspada gelombang tinggi di pesisir selatan hingga tiga hari ke depan, nelayan diimbau tidak melaut…",
      "lang": "in"
    }
  },
  {
    "tweet": {
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "warga_peduli"
          }
        ],
        "urls": []
      },
      "favorite_count": "3",
      "id_str": "1600000000000000003",
      "retweet_count": "0",
      "in_reply_to_status_id_str": "1599999999999999999",
      "in_reply_to_screen_name": "warga_peduli",
      "created_at": "Mon Dec 19 06:00:00 +0000 2022",
      "full_text": "@warga_peduli Sudah kami teruskan ke dinas terkait.",
      "lang": "in"
    }
  }
]