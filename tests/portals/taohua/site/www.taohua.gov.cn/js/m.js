function openArticle(id) {
  location.href = `/m/article.html?id=${id}`;
}
